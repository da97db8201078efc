"""billing

Revision ID: c0n50002
Revises: ids.BASE_REVISION
Create Date: 2025-09-04 12:41:25.591378

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

from myapp.migrations import ids


# revision identifiers, used by Alembic.
revision: str = 'c0n50002'
down_revision: Union[str, Sequence[str], None] = ids.BASE_REVISION
branch_labels: Union[str, Sequence[str], None] = (ids.BILLING_LABEL,)
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.execute("UPDATE invoices SET updated_at = now() WHERE updated_at IS NULL")


def downgrade() -> None:
    """Downgrade schema."""
    pass
