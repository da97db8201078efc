"""backslash continuation

Revision ID: bs000002
Revises: bs000001
Create Date: 2025-10-03 12:00:00

"""
from alembic import op
import sqlalchemy as sa

revision = \
    'bs000002'
down_revision \
    = 'bs000001'
branch_labels = None
depends_on = \
    None


def upgrade():
    op.execute("SELECT 1")


def downgrade():
    pass
