"""add ledger

Revision ID: a3c2e4d6f8b0
Revises: f2b1d3c5e7a9
Create Date: 2025-09-04 12:41:25.591378

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'a3c2e4d6f8b0'
down_revision = 'f2b1d3c5e7a9'
branch_labels = None
depends_on = None


def upgrade():
    op.execute("UPDATE invoices SET updated_at = now() WHERE updated_at IS NULL")


def downgrade():
    pass
