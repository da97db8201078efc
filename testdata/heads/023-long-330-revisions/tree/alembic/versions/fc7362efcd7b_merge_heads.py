"""merge heads

Revision ID: fc7362efcd7b
Revises: fb749b2eb6e1, 73ae5969e720, 7c3cd8444450
Create Date: 2026-06-28 12:35:08.327720

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'fc7362efcd7b'
down_revision: Union[str, Sequence[str], None] = ('fb749b2eb6e1', '73ae5969e720', '7c3cd8444450')
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    pass


def downgrade() -> None:
    """Downgrade schema."""
    pass
