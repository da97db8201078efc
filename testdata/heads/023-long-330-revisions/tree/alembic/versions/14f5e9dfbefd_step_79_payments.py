"""step 79 payments

Revision ID: 14f5e9dfbefd
Revises: d611b291ff0f
Create Date: 2025-12-28 12:21:38.655511

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '14f5e9dfbefd'
down_revision = 'd611b291ff0f'
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
