"""step 63 audit_log

Revision ID: 7f8ab74e8d50
Revises: 99a59bbfc56c
Create Date: 2025-12-04 10:53:54.979847

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '7f8ab74e8d50'
down_revision = '99a59bbfc56c'
branch_labels = None
depends_on = None


def upgrade():
    op.create_index(op.f('ix_audit_log_name'), 'audit_log', ['name'], unique=False)


def downgrade():
    op.drop_index(op.f('ix_audit_log_name'), table_name='audit_log')
