"""step 29 sessions

Revision ID: 2ef994544174
Revises: 8b690b15e93a
Create Date: 2025-10-14 14:31:28.419061

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '2ef994544174'
down_revision = '8b690b15e93a'
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
