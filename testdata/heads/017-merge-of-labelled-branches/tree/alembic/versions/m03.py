"""stock

Revision ID: m0000003
Revises: m0000001
Create Date: 2025-09-04 12:41:25.591378

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'm0000003'
down_revision: Union[str, Sequence[str], None] = 'm0000001'
branch_labels: Union[str, Sequence[str], None] = ('stock',)
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.execute("UPDATE invoices SET updated_at = now() WHERE updated_at IS NULL")


def downgrade() -> None:
    """Downgrade schema."""
    pass
