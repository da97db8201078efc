"""b

Revision ID: mf03
Revises: mf01
Create Date: 2025-09-04 12:41:25.591378

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'mf03'
down_revision = 'mf01'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("UPDATE invoices SET updated_at = now() WHERE updated_at IS NULL")


def downgrade() -> None:
    pass
