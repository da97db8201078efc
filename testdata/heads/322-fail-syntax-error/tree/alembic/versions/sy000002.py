"""syntax error

Revision ID: sy000002
Revises: sy000001
"""
from alembic import op

revision = 'sy000002'
down_revision = 'sy000001'


def upgrade():
    op.execute("SELECT 1"


def downgrade():
    pass
