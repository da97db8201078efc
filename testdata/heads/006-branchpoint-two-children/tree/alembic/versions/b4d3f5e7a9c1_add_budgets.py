"""add budgets

Revision ID: b4d3f5e7a9c1
Revises: f2b1d3c5e7a9
Create Date: 2025-09-05 19:53:54.696107

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'b4d3f5e7a9c1'
down_revision = 'f2b1d3c5e7a9'
branch_labels = None
depends_on = None


def upgrade():
    op.create_index(op.f('ix_audit_log_name'), 'audit_log', ['name'], unique=False)


def downgrade():
    op.drop_index(op.f('ix_audit_log_name'), table_name='audit_log')
