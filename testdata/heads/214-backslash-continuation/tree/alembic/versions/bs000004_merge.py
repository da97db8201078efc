"""backslash inside a tuple and a merge

Revision ID: bs000004
Revises: bs000002, bs000003
"""
revision = 'bs000004'
down_revision = ('bs000002', \
                 'bs000003')
def upgrade():
    pass
def downgrade():
    pass
