"""add api keys

Revision ID: 5ty1e0000005
Revises: 5ty1e0000004
Create Date: 2025-09-07 16:07:23.800836

"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "5ty1e0000005"
down_revision: str | Sequence[str] | None = "5ty1e0000004"
branch_labels: str | Sequence[str] | None = ("core",)
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    pass


def downgrade() -> None:
    """Downgrade schema."""
    pass
