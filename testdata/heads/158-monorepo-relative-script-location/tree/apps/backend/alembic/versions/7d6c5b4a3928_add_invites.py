"""add invites

Revision ID: 7d6c5b4a3928
Revises: 9f1e2d3c4b5a
Create Date: 2025-09-04 12:41:25.591378

"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "7d6c5b4a3928"
down_revision: str | Sequence[str] | None = "9f1e2d3c4b5a"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.execute("UPDATE invoices SET updated_at = now() WHERE updated_at IS NULL")


def downgrade() -> None:
    """Downgrade schema."""
    pass
