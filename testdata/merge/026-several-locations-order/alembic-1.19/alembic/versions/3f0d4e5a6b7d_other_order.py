"""other order

Revision ID: 3f0d4e5a6b7d
Revises: 27c6a30d7c24, ae1027a6acf0
Create Date: 2026-05-24 12:32:07.123456

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '3f0d4e5a6b7d'
down_revision: Union[str, Sequence[str], None] = ('27c6a30d7c24', 'ae1027a6acf0')
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    pass


def downgrade() -> None:
    """Downgrade schema."""
    pass
