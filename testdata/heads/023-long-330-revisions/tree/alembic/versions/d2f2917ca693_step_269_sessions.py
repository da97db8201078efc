"""step 269 sessions

Revision ID: d2f2917ca693
Revises: 06e58b94625f
Create Date: 2026-10-09 11:31:28.554021

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'd2f2917ca693'
down_revision: Union[str, Sequence[str], None] = '06e58b94625f'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    pass


def downgrade() -> None:
    """Downgrade schema."""
    pass
