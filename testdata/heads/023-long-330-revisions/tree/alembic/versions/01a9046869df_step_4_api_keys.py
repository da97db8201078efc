"""step 4 api_keys

Revision ID: 01a9046869df
Revises: f6e8a66c8c5e
Create Date: 2025-09-07 16:07:23.800836

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '01a9046869df'
down_revision = 'f6e8a66c8c5e'
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
