"""add quota usage

Revision ID: 45f955889773
Revises: 1c844d1677f7
Create Date: 2025-09-05 19:53:54.696107

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '45f955889773'
down_revision = '1c844d1677f7'
branch_labels = None
depends_on = None


def upgrade():
    op.create_index(op.f('ix_audit_log_name'), 'audit_log', ['name'], unique=False)


def downgrade():
    op.drop_index(op.f('ix_audit_log_name'), table_name='audit_log')
