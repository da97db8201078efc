"""step 12 users

Revision ID: 9a27f901698c
Revises: 4ae2ae73f8d2
Create Date: 2025-09-19 16:51:15.638668

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '9a27f901698c'
down_revision = '4ae2ae73f8d2'
branch_labels = None
depends_on = None


def upgrade():
    op.execute("UPDATE users SET updated_at = now() WHERE updated_at IS NULL")


def downgrade():
    pass
