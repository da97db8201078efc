"""step 202 projects

Revision ID: 0d50d99c0552
Revises: 087f054f8c3f
Create Date: 2026-07-01 16:01:05.537178

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0d50d99c0552'
down_revision: Union[str, Sequence[str], None] = '087f054f8c3f'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.execute("UPDATE projects SET updated_at = now() WHERE updated_at IS NULL")


def downgrade() -> None:
    """Downgrade schema."""
    pass
