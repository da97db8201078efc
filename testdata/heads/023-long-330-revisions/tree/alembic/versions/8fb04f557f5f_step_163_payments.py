"""step 163 payments

Revision ID: 8fb04f557f5f
Revises: 41c4384f7273
Create Date: 2026-05-03 17:34:14.452747

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '8fb04f557f5f'
down_revision = '41c4384f7273'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(op.f('ix_payments_name'), 'payments', ['name'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_payments_name'), table_name='payments')
