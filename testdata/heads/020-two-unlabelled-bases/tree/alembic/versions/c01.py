"""catalog base

Revision ID: c0000001
Revises: 
Create Date: 2025-09-04 12:41:25.591378

"""

# revision identifiers, used by Alembic.
revision = 'c0000001'
down_revision = None
branch_labels = None
depends_on = None

from alembic import op
import sqlalchemy as sa


def upgrade():
    op.execute("UPDATE invoices SET updated_at = now() WHERE updated_at IS NULL")


def downgrade():
    pass
