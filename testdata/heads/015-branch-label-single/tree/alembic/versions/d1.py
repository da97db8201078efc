"""other

Revision ID: dddd0001
Revises: aaaa0001
Create Date: 2025-09-05 19:53:54.696107

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'dddd0001'
down_revision = 'aaaa0001'
branch_labels = 'other'
depends_on = None


def upgrade() -> None:
    op.create_index(op.f('ix_audit_log_name'), 'audit_log', ['name'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_audit_log_name'), table_name='audit_log')
