"""revision 20260408_cached_thoughts

Revision ID: 20260408_cached_thoughts
Revises: 20260308_add_data_objects_retracted_at
Create Date: 2026-04-08 08:00:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '20260408_cached_thoughts'
down_revision: Union[str, Sequence[str], None] = '20260308_add_data_objects_retracted_at'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    pass


def downgrade() -> None:
    """Downgrade schema."""
    pass
