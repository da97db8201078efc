"""forgot down_revision

Revision ID: nd000002
"""
from alembic import op

revision = 'nd000002'
# down_revision = 'nd000001'
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
