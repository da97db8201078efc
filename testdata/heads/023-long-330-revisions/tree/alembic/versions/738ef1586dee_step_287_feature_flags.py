"""step 287 feature_flags

Revision ID: 738ef1586dee
Revises: dd8d77263cf0
Create Date: 2026-11-05 16:26:10.439143

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '738ef1586dee'
down_revision: Union[str, Sequence[str], None] = 'dd8d77263cf0'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.execute("UPDATE feature_flags SET updated_at = now() WHERE updated_at IS NULL")


def downgrade() -> None:
    """Downgrade schema."""
    pass
