"""step 252 users

Revision ID: bc7d494cb888
Revises: 75980aef340c
Create Date: 2026-09-14 13:51:15.773628

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'bc7d494cb888'
down_revision: Union[str, Sequence[str], None] = '75980aef340c'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.execute("UPDATE users SET updated_at = now() WHERE updated_at IS NULL")


def downgrade() -> None:
    """Downgrade schema."""
    pass
