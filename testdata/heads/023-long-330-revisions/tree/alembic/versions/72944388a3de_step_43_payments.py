"""step 43 payments

Revision ID: 72944388a3de
Revises: 8d51c5182e5d
Create Date: 2025-11-04 13:34:14.885267

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '72944388a3de'
down_revision = '8d51c5182e5d'
branch_labels = None
depends_on = None


def upgrade():
    op.create_index(op.f('ix_payments_name'), 'payments', ['name'], unique=False)


def downgrade():
    op.drop_index(op.f('ix_payments_name'), table_name='payments')
