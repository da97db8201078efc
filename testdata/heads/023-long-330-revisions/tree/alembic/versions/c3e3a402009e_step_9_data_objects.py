"""step 9 data_objects

Revision ID: c3e3a402009e
Revises: 4f72e65928b3
Create Date: 2025-09-14 18:11:49.324481

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'c3e3a402009e'
down_revision = '4f72e65928b3'
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
