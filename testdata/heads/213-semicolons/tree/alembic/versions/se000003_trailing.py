"""semicolon with trailing one

Revision ID: se000003
Revises: se000001
"""
revision = 'se000003';
down_revision = 'se000001' ;  # trailing semicolon
def upgrade(): pass
def downgrade(): pass
