"""name reference chain

Revision ID: 2026_credits
"""
_parent = "2026_" "orders"
revision = _rev = '2026_credits'
down_revision = _parent
branch_labels, depends_on = ('credits',), None

def upgrade():
    pass


def downgrade():
    pass
