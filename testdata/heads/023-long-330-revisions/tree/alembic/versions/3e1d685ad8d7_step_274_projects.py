"""step 274 projects

Revision ID: 3e1d685ad8d7
Revises: c47d555aa5ab
Create Date: 2026-10-17 13:36:54.077666

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '3e1d685ad8d7'
down_revision: Union[str, Sequence[str], None] = 'c47d555aa5ab'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    pass


def downgrade() -> None:
    """Downgrade schema."""
    pass
