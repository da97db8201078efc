"""merge a1 b

Revision ID: n06
Revises: n04, n03
Create Date: 2025-09-08 11:19:52.905565

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'n06'
down_revision: Union[str, Sequence[str], None] = ('n04', 'n03')
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    pass


def downgrade() -> None:
    """Downgrade schema."""
    pass
