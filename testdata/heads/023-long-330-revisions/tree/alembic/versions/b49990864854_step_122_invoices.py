"""step 122 invoices

Revision ID: b49990864854
Revises: 93d68398c8b3
Create Date: 2026-03-03 16:41:26.158858

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'b49990864854'
down_revision = '93d68398c8b3'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("UPDATE invoices SET updated_at = now() WHERE updated_at IS NULL")


def downgrade() -> None:
    pass
