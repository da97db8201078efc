"""step 52 api_keys

Revision ID: 3fc4b3f4b8f8
Revises: 68ef1573f4fb
Create Date: 2025-11-18 10:30:35.827828

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '3fc4b3f4b8f8'
down_revision = '68ef1573f4fb'
branch_labels = None
depends_on = None


def upgrade():
    op.execute("UPDATE api_keys SET updated_at = now() WHERE updated_at IS NULL")


def downgrade():
    pass
