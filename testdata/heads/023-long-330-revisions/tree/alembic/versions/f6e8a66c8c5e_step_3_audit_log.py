"""step 3 audit_log

Revision ID: f6e8a66c8c5e
Revises: 4361da560bd4
Create Date: 2025-09-05 19:53:54.696107

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'f6e8a66c8c5e'
down_revision = '4361da560bd4'
branch_labels = None
depends_on = None


def upgrade():
    op.create_index(op.f('ix_audit_log_name'), 'audit_log', ['name'], unique=False)


def downgrade():
    op.drop_index(op.f('ix_audit_log_name'), table_name='audit_log')
