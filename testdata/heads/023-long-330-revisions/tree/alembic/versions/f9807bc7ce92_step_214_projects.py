"""step 214 projects

Revision ID: f9807bc7ce92
Revises: 72906a83f864
Create Date: 2026-07-19 11:36:53.793926

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'f9807bc7ce92'
down_revision: Union[str, Sequence[str], None] = '72906a83f864'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    pass


def downgrade() -> None:
    """Downgrade schema."""
    pass
