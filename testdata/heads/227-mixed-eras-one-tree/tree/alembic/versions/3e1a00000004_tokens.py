"""tokens

Revision ID: 3e1a00000004
Revises: 3e1a00000003
Create Date: 2025-09-05 19:53:54.696107

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '3e1a00000004'
down_revision = '3e1a00000003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(op.f('ix_audit_log_name'), 'audit_log', ['name'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_audit_log_name'), table_name='audit_log')
