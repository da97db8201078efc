"""step 279 audit_log

Revision ID: c9504269f9c9
Revises: e65a60640397
Create Date: 2026-10-24 15:42:18.601311

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'c9504269f9c9'
down_revision: Union[str, Sequence[str], None] = 'e65a60640397'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    pass


def downgrade() -> None:
    """Downgrade schema."""
    pass
