"""pycache is skipped

Revision ID: 7ec00007
Revises: 7ec00001
Create Date: 2025-09-11 14:45:51.115023

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '7ec00007'
down_revision: Union[str, Sequence[str], None] = '7ec00001'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.execute("UPDATE payments SET updated_at = now() WHERE updated_at IS NULL")


def downgrade() -> None:
    """Downgrade schema."""
    pass
