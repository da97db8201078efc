"""seed feature flags

Revision ID: 003
Revises: 002
Create Date: 2025-09-04 12:41:25.591378

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '003'
down_revision: Union[str, None] = '002'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.execute("UPDATE invoices SET updated_at = now() WHERE updated_at IS NULL")


def downgrade() -> None:
    pass
