"""step 74 invoices

Revision ID: c646d139673c
Revises: 37491b8d890f
Create Date: 2025-12-21 10:17:14.131866

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'c646d139673c'
down_revision = '37491b8d890f'
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
