"""step 64 api_keys

Revision ID: 83351eda529e
Revises: 7f8ab74e8d50
Create Date: 2025-12-06 18:07:24.084576

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '83351eda529e'
down_revision = '7f8ab74e8d50'
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
