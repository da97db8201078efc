"""step 99 audit_log

Revision ID: db2b143bb2c6
Revises: 603b751f00d3
Create Date: 2026-01-27 09:42:18.750091

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'db2b143bb2c6'
down_revision = '603b751f00d3'
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
