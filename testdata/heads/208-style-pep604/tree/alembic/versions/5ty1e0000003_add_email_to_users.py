"""add email to users

Revision ID: 5ty1e0000003
Revises: 5ty1e0000001
Create Date: 2025-09-04 12:41:25.591378

"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "5ty1e0000003"
down_revision: str | Sequence[str] | None = "5ty1e0000001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.execute("UPDATE invoices SET updated_at = now() WHERE updated_at IS NULL")


def downgrade() -> None:
    """Downgrade schema."""
    pass
