"""step 82 projects

Revision ID: 7678679fa005
Revises: e7558047f729
Create Date: 2026-01-02 12:01:05.969698

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '7678679fa005'
down_revision = 'e7558047f729'
branch_labels = None
depends_on = None


def upgrade():
    op.execute("UPDATE projects SET updated_at = now() WHERE updated_at IS NULL")


def downgrade():
    pass
