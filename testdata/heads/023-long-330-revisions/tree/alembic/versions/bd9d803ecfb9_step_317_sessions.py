"""step 317 sessions

Revision ID: bd9d803ecfb9
Revises: 8b9c4f9fc96b
Create Date: 2026-12-20 17:55:40.581013

"""

from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "bd9d803ecfb9"
down_revision: Union[str, Sequence[str], None] = "8b9c4f9fc96b"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.execute("UPDATE sessions SET updated_at = now() WHERE updated_at IS NULL")


def downgrade() -> None:
    """Downgrade schema."""
    pass
