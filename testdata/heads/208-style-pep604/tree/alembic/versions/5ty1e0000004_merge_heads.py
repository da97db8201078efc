"""merge heads

Revision ID: 5ty1e0000004
Revises: 5ty1e0000002, 5ty1e0000003
Create Date: 2025-09-05 19:53:54.696107

"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "5ty1e0000004"
down_revision: str | Sequence[str] | None = (
    "5ty1e0000002",
    "5ty1e0000003",
)
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    pass


def downgrade() -> None:
    """Downgrade schema."""
    pass
