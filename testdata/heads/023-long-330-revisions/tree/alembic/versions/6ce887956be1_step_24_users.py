"""step 24 users

Revision ID: 6ce887956be1
Revises: cc85766c2442
Create Date: 2025-10-07 12:27:03.895416

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '6ce887956be1'
down_revision = 'cc85766c2442'
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
