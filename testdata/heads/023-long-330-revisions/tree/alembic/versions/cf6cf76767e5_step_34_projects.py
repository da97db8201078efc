"""step 34 projects

Revision ID: cf6cf76767e5
Revises: f78751093e69
Create Date: 2025-10-22 16:36:53.942706

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'cf6cf76767e5'
down_revision = 'f78751093e69'
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
