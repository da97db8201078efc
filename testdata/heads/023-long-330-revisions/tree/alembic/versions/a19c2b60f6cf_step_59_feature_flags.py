"""step 59 feature_flags

Revision ID: a19c2b60f6cf
Revises: 52ed990423d7
Create Date: 2025-11-28 16:01:58.560931

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'a19c2b60f6cf'
down_revision = '52ed990423d7'
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
