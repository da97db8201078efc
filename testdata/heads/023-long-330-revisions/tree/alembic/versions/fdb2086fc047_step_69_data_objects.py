"""step 69 data_objects

Revision ID: fdb2086fc047
Revises: 2da79a355303
Create Date: 2025-12-13 20:11:48.608221

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'fdb2086fc047'
down_revision = '2da79a355303'
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
