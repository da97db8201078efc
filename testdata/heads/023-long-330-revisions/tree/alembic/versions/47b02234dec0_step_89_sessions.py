"""step 89 sessions

Revision ID: 47b02234dec0
Revises: 8475864c44ae
Create Date: 2026-01-12 16:31:28.702801

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '47b02234dec0'
down_revision = '8475864c44ae'
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
