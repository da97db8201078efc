"""step 227 feature_flags

Revision ID: fed2982eb1ea
Revises: f49f9eb3e261
Create Date: 2026-08-07 14:26:11.155403

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'fed2982eb1ea'
down_revision: Union[str, Sequence[str], None] = 'f49f9eb3e261'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.execute("UPDATE feature_flags SET updated_at = now() WHERE updated_at IS NULL")


def downgrade() -> None:
    """Downgrade schema."""
    pass
