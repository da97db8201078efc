"""step 158 invoices

Revision ID: fdf504360f63
Revises: 84016842ab4d
Create Date: 2026-04-26 15:28:49.929102

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'fdf504360f63'
down_revision = '84016842ab4d'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(op.f('ix_invoices_name'), 'invoices', ['name'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_invoices_name'), table_name='invoices')
