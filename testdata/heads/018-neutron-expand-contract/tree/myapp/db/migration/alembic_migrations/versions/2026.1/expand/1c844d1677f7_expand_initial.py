"""expand initial

Revision ID: 1c844d1677f7
Revises: initial
Create Date: 2025-09-04 12:41:25.591378

"""
from alembic import op
import sqlalchemy as sa

from myapp.db.migration import cli


# revision identifiers, used by Alembic.
revision = '1c844d1677f7'
down_revision = 'initial'
branch_labels = (cli.EXPAND_BRANCH,)
depends_on = None


def upgrade():
    op.execute("UPDATE invoices SET updated_at = now() WHERE updated_at IS NULL")


def downgrade():
    pass
