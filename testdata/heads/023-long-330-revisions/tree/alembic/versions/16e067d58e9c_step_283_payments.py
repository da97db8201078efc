"""step 283 payments

Revision ID: 16e067d58e9c
Revises: 1bba20c0934a
Create Date: 2026-10-30 10:34:15.020227

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '16e067d58e9c'
down_revision: Union[str, Sequence[str], None] = '1bba20c0934a'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_index(op.f('ix_payments_name'), 'payments', ['name'], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_index(op.f('ix_payments_name'), table_name='payments')
