"""step 209 sessions

Revision ID: cbd5e0246750
Revises: 276424519053
Create Date: 2026-07-11 09:31:29.270281

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'cbd5e0246750'
down_revision: Union[str, Sequence[str], None] = '276424519053'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    pass


def downgrade() -> None:
    """Downgrade schema."""
    pass
