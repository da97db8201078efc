"""step 14 invoices

Revision ID: c9ec1935af2f
Revises: 02e5bee6e77f
Create Date: 2025-09-22 19:17:13.848126

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'c9ec1935af2f'
down_revision = '02e5bee6e77f'
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
