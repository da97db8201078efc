"""step 277 organisations

Revision ID: e35f6c55d588
Revises: d2db23a10fba
Create Date: 2026-10-21 12:16:20.391853

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'e35f6c55d588'
down_revision: Union[str, Sequence[str], None] = 'd2db23a10fba'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.execute("UPDATE organisations SET updated_at = now() WHERE updated_at IS NULL")


def downgrade() -> None:
    """Downgrade schema."""
    pass
