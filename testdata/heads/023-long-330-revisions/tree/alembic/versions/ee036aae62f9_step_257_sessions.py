"""step 257 sessions

Revision ID: ee036aae62f9
Revises: e3089da15fe4
Create Date: 2026-09-21 15:55:41.297273

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'ee036aae62f9'
down_revision: Union[str, Sequence[str], None] = 'e3089da15fe4'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.execute("UPDATE sessions SET updated_at = now() WHERE updated_at IS NULL")


def downgrade() -> None:
    """Downgrade schema."""
    pass
