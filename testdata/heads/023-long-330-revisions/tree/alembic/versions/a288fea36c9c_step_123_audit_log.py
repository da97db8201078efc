"""step 123 audit_log

Revision ID: a288fea36c9c
Revises: b49990864854
Create Date: 2026-03-04 12:53:55.263587

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'a288fea36c9c'
down_revision = 'b49990864854'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(op.f('ix_audit_log_name'), 'audit_log', ['name'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_audit_log_name'), table_name='audit_log')
