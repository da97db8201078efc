"""lists instead of tuples

Revision ID: li000004
Revises: li000002, li000003
"""
revision = 'li000004'
down_revision = ['li000002', 'li000003']
branch_labels = ['listed']
depends_on = []

def upgrade():
    pass

def downgrade():
    pass
