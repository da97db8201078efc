"""step 42 webhooks

Revision ID: 8d51c5182e5d
Revises: 3fac2af69797
Create Date: 2025-11-03 17:20:45.780538

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '8d51c5182e5d'
down_revision = '3fac2af69797'
branch_labels = None
depends_on = None


def upgrade():
    op.execute("UPDATE webhooks SET updated_at = now() WHERE updated_at IS NULL")


def downgrade():
    pass
