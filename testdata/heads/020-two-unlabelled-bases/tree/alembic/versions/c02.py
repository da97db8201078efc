"""catalog more

Revision ID: c0000002
Revises: c0000001
Create Date: 2025-09-05 19:53:54.696107

"""

# revision identifiers, used by Alembic.
revision = 'c0000002'
down_revision = 'c0000001'
branch_labels = None
depends_on = None

from alembic import op
import sqlalchemy as sa


def upgrade():
    op.create_index(op.f('ix_audit_log_name'), 'audit_log', ['name'], unique=False)


def downgrade():
    op.drop_index(op.f('ix_audit_log_name'), table_name='audit_log')
