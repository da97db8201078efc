"""followers

Revision ID: 6a0d3c4e5f7b
Revises: 4e8b1a2c3d5f
Create Date: 2025-09-04 12:41:25.591378

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '6a0d3c4e5f7b'
down_revision = '4e8b1a2c3d5f'
branch_labels = None
depends_on = None


def upgrade():
    op.execute("UPDATE invoices SET updated_at = now() WHERE updated_at IS NULL")


def downgrade():
    pass
