"""step 37 organisations

Revision ID: 5ecb0b8fd4e6
Revises: 93bb7471248f
Create Date: 2025-10-26 15:16:21.256893

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '5ecb0b8fd4e6'
down_revision = '93bb7471248f'
branch_labels = None
depends_on = None


def upgrade():
    op.execute("UPDATE organisations SET updated_at = now() WHERE updated_at IS NULL")


def downgrade():
    pass
