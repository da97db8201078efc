"""step 2 invoices

Revision ID: 4361da560bd4
Revises: 8b87203edee0
Create Date: 2025-09-04 12:41:25.591378

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '4361da560bd4'
down_revision = '8b87203edee0'
branch_labels = None
depends_on = None


def upgrade():
    op.execute("UPDATE invoices SET updated_at = now() WHERE updated_at IS NULL")


def downgrade():
    pass
