"""last assignment wins

Revision ID: lw000003
Revises: lw000002
"""
from alembic import op

# revision identifiers, used by Alembic.
revision = 'lw000002_copy'
down_revision = 'lw000001'
branch_labels = ('old_label',)
depends_on = None

# fixed after rebase: re-pointed onto the new head
revision = 'lw000003'
down_revision = 'lw000002'
branch_labels = None


def upgrade():
    pass


def downgrade():
    pass
