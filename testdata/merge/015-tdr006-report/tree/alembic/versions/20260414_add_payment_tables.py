"""revision 20260414_payment_tables

Revision ID: 20260414_payment_tables
Revises: 20260408_cached_thoughts
Create Date: 2026-04-14 10:00:00.500000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '20260414_payment_tables'
down_revision: Union[str, Sequence[str], None] = '20260408_cached_thoughts'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    pass


def downgrade() -> None:
    """Downgrade schema."""
    pass
