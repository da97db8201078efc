"""step 54 webhooks

Revision ID: 0022dcca8dbf
Revises: 2bac81dddd0b
Create Date: 2025-11-21 13:56:34.037286

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0022dcca8dbf'
down_revision = '2bac81dddd0b'
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
