"""step 97 organisations

Revision ID: 1960128f83f3
Revises: 027bbc393b44
Create Date: 2026-01-24 17:16:20.540633

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '1960128f83f3'
down_revision = '027bbc393b44'
branch_labels = None
depends_on = None


def upgrade():
    op.execute("UPDATE organisations SET updated_at = now() WHERE updated_at IS NULL")


def downgrade():
    pass
