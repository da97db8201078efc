"""team c

Revision ID: 4e4e4e4e4e05
Revises: 1b1b1b1b1b02
Create Date: 2025-09-07 16:07:23.800836

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '4e4e4e4e4e05'
down_revision: Union[str, Sequence[str], None] = '1b1b1b1b1b02'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    pass


def downgrade() -> None:
    """Downgrade schema."""
    pass
