"""step 278 invoices

Revision ID: e65a60640397
Revises: e35f6c55d588
Create Date: 2026-10-23 19:28:49.496582

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'e65a60640397'
down_revision: Union[str, Sequence[str], None] = 'e35f6c55d588'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_index(op.f('ix_invoices_name'), 'invoices', ['name'], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_index(op.f('ix_invoices_name'), table_name='invoices')
