"""step 19 payments

Revision ID: 3eb58208941c
Revises: f98047a3fb47
Create Date: 2025-09-29 10:21:39.371771

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '3eb58208941c'
down_revision = 'f98047a3fb47'
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
