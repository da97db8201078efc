"""step 183 audit_log

Revision ID: c1fe84aec5da
Revises: 3fc65b9146fd
Create Date: 2026-06-02 14:53:54.547327

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'c1fe84aec5da'
down_revision = '3fc65b9146fd'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(op.f('ix_audit_log_name'), 'audit_log', ['name'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_audit_log_name'), table_name='audit_log')
