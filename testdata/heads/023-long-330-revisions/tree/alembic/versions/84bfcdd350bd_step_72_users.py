"""step 72 users

Revision ID: 84bfcdd350bd
Revises: 0dfa40456a28
Create Date: 2025-12-18 18:51:15.922408

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '84bfcdd350bd'
down_revision = '0dfa40456a28'
branch_labels = None
depends_on = None


def upgrade():
    op.execute("UPDATE users SET updated_at = now() WHERE updated_at IS NULL")


def downgrade():
    pass
