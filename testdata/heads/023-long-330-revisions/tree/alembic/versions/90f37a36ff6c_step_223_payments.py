"""step 223 payments

Revision ID: 90f37a36ff6c
Revises: 5483f6284b06
Create Date: 2026-08-01 19:34:14.736487

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '90f37a36ff6c'
down_revision: Union[str, Sequence[str], None] = '5483f6284b06'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_index(op.f('ix_payments_name'), 'payments', ['name'], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_index(op.f('ix_payments_name'), table_name='payments')
