"""step 302 invoices

Revision ID: 6db2a0ddf85f
Revises: d1128fb18b1f
Create Date: 2026-11-28 11:41:26.010078

"""

from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "6db2a0ddf85f"
down_revision: Union[str, Sequence[str], None] = "d1128fb18b1f"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.execute("UPDATE invoices SET updated_at = now() WHERE updated_at IS NULL")


def downgrade() -> None:
    """Downgrade schema."""
    pass
