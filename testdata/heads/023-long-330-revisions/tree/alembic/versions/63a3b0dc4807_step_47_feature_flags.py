"""step 47 feature_flags

Revision ID: 63a3b0dc4807
Revises: 16c596d5ac2d
Create Date: 2025-11-10 19:26:11.304183

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '63a3b0dc4807'
down_revision = '16c596d5ac2d'
branch_labels = None
depends_on = None


def upgrade():
    op.execute("UPDATE feature_flags SET updated_at = now() WHERE updated_at IS NULL")


def downgrade():
    pass
