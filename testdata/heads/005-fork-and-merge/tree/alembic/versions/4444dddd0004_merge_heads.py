"""merge heads

Revision ID: 4444dddd0004
Revises: 2222bbbb0002, 3333cccc0003
Create Date: 2025-09-05 19:53:54.696107

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '4444dddd0004'
down_revision: Union[str, Sequence[str], None] = ('2222bbbb0002', '3333cccc0003')
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    pass


def downgrade() -> None:
    """Downgrade schema."""
    pass
