"""step 38 invoices

Revision ID: 0d7f3c7cb4c8
Revises: 5ecb0b8fd4e6
Create Date: 2025-10-28 11:28:50.361622

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0d7f3c7cb4c8'
down_revision = '5ecb0b8fd4e6'
branch_labels = None
depends_on = None


def upgrade():
    op.create_index(op.f('ix_invoices_name'), 'invoices', ['name'], unique=False)


def downgrade():
    op.drop_index(op.f('ix_invoices_name'), table_name='invoices')
