"""step 17 sessions

Revision ID: e6d62076c46e
Revises: 1c42d6709527
Create Date: 2025-09-26 18:55:41.162313

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'e6d62076c46e'
down_revision = '1c42d6709527'
branch_labels = None
depends_on = None


def upgrade():
    op.execute("UPDATE sessions SET updated_at = now() WHERE updated_at IS NULL")


def downgrade():
    pass
