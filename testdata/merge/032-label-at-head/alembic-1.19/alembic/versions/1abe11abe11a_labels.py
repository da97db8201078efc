"""labels

Revision ID: 1abe11abe11a
Revises: ae1027a6acf0, 9f8e7d6c5b4a
Create Date: 2026-05-24 12:32:07.123456

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '1abe11abe11a'
down_revision: Union[str, Sequence[str], None] = ('ae1027a6acf0', '9f8e7d6c5b4a')
branch_labels: Union[str, Sequence[str], None] = ('merged',)
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    pass


def downgrade() -> None:
    """Downgrade schema."""
    pass
