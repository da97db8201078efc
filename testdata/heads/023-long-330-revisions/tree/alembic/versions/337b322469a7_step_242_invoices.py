"""step 242 invoices

Revision ID: 337b322469a7
Revises: d119b9ff42cc
Create Date: 2026-08-30 09:41:25.726338

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '337b322469a7'
down_revision: Union[str, Sequence[str], None] = 'd119b9ff42cc'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.execute("UPDATE invoices SET updated_at = now() WHERE updated_at IS NULL")


def downgrade() -> None:
    """Downgrade schema."""
    pass
