"""step 62 invoices

Revision ID: 99a59bbfc56c
Revises: f49a62958623
Create Date: 2025-12-03 14:41:25.875118

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '99a59bbfc56c'
down_revision = 'f49a62958623'
branch_labels = None
depends_on = None


def upgrade():
    op.execute("UPDATE invoices SET updated_at = now() WHERE updated_at IS NULL")


def downgrade():
    pass
