"""step 103 payments

Revision ID: 793ba63a9f5f
Revises: ea52c7ddd8dc
Create Date: 2026-02-02 15:34:15.169007

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '793ba63a9f5f'
down_revision = 'ea52c7ddd8dc'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(op.f('ix_payments_name'), 'payments', ['name'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_payments_name'), table_name='payments')
