"""step 94 projects

Revision ID: 63d5d024811f
Revises: 32decbe2203e
Create Date: 2026-01-20 18:36:54.226446

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '63d5d024811f'
down_revision = '32decbe2203e'
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
