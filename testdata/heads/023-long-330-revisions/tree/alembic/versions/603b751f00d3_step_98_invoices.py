"""step 98 invoices

Revision ID: 603b751f00d3
Revises: 1960128f83f3
Create Date: 2026-01-26 13:28:49.645362

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '603b751f00d3'
down_revision = '1960128f83f3'
branch_labels = None
depends_on = None


def upgrade():
    op.create_index(op.f('ix_invoices_name'), 'invoices', ['name'], unique=False)


def downgrade():
    op.drop_index(op.f('ix_invoices_name'), table_name='invoices')
