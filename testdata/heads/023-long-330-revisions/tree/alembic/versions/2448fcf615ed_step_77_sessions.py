"""step 77 sessions

Revision ID: 2448fcf615ed
Revises: adde8454cf96
Create Date: 2025-12-25 09:55:40.446053

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '2448fcf615ed'
down_revision = 'adde8454cf96'
branch_labels = None
depends_on = None


def upgrade():
    op.execute("UPDATE sessions SET updated_at = now() WHERE updated_at IS NULL")


def downgrade():
    pass
