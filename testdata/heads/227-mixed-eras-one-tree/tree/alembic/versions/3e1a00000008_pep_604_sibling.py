"""pep 604 sibling

Revision ID: 3e1a00000008
Revises: 3e1a00000006
Create Date: 2025-09-11 14:45:51.115023

"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "3e1a00000008"
down_revision: str | Sequence[str] | None = "3e1a00000006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.execute("UPDATE payments SET updated_at = now() WHERE updated_at IS NULL")


def downgrade() -> None:
    """Downgrade schema."""
    pass
