"""third, modern

Revision ID: 27c6a30d7c24
Revises: ae1027a6acf
Create Date: 2025-09-05 19:53:54.696107

"""

# revision identifiers, used by Alembic.
revision = '27c6a30d7c24'
down_revision = 'ae1027a6acf'

from alembic import op
import sqlalchemy as sa


def upgrade():
    op.create_index(op.f('ix_audit_log_name'), 'audit_log', ['name'], unique=False)


def downgrade():
    op.drop_index(op.f('ix_audit_log_name'), table_name='audit_log')
