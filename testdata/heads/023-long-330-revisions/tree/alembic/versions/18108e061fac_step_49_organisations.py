"""step 49 organisations

Revision ID: 18108e061fac
Revises: c9b75e940037
Create Date: 2025-11-13 11:52:08.513641

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '18108e061fac'
down_revision = 'c9b75e940037'
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
