"""contract initial

Revision ID: 30018084ec99
Revises: initial
Create Date: 2025-09-07 16:07:23.800836

"""
from alembic import op
import sqlalchemy as sa

from myapp.db.migration.cli import CONTRACT_BRANCH


# revision identifiers, used by Alembic.
revision = '30018084ec99'
down_revision = 'initial'
branch_labels = (CONTRACT_BRANCH,)
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
