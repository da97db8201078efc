"""add email to users

Revision ID: 5ty1e0000003
Revises: 5ty1e0000001
Create Date: 2025-09-04 12:41:25.591378

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '5ty1e0000003'
down_revision = '5ty1e0000001'
branch_labels = None
depends_on = None


def upgrade():
    op.execute("UPDATE invoices SET updated_at = now() WHERE updated_at IS NULL")


def downgrade():
    pass
