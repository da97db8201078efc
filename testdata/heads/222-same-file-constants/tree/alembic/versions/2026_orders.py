"""same-file constants

Revision ID: 2026_orders
Revises: 2026_base
"""
from alembic import op

PREFIX = '2026'
PARENT = PREFIX + '_base'

revision = PREFIX + '_orders'
down_revision = PARENT
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
