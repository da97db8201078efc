"""step 297 data_objects

Revision ID: 7a051c69876c
Revises: e8c7685a895c
Create Date: 2026-11-20 09:36:00.486433

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '7a051c69876c'
down_revision: Union[str, Sequence[str], None] = 'e8c7685a895c'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.execute("UPDATE data_objects SET updated_at = now() WHERE updated_at IS NULL")


def downgrade() -> None:
    """Downgrade schema."""
    pass
