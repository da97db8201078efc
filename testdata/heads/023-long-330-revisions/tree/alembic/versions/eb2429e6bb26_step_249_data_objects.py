"""step 249 data_objects

Revision ID: eb2429e6bb26
Revises: d1f3ec560834
Create Date: 2026-09-09 15:11:48.459441

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'eb2429e6bb26'
down_revision: Union[str, Sequence[str], None] = 'd1f3ec560834'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    pass


def downgrade() -> None:
    """Downgrade schema."""
    pass
