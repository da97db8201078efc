"""step 218 invoices

Revision ID: 87875414cc1a
Revises: ab240bf209f2
Create Date: 2026-07-25 17:28:50.212842

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '87875414cc1a'
down_revision: Union[str, Sequence[str], None] = 'ab240bf209f2'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_index(op.f('ix_invoices_name'), 'invoices', ['name'], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_index(op.f('ix_invoices_name'), table_name='invoices')
