"""step 292 api_keys

Revision ID: 03d74b4d483c
Revises: e406a9941c00
Create Date: 2026-11-13 18:30:35.962788

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '03d74b4d483c'
down_revision: Union[str, Sequence[str], None] = 'e406a9941c00'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.execute("UPDATE api_keys SET updated_at = now() WHERE updated_at IS NULL")


def downgrade() -> None:
    """Downgrade schema."""
    pass
