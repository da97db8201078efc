"""step 294 webhooks

Revision ID: 0a1927f06a61
Revises: 70009b9d9907
Create Date: 2026-11-16 10:56:34.172246

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0a1927f06a61'
down_revision: Union[str, Sequence[str], None] = '70009b9d9907'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    pass


def downgrade() -> None:
    """Downgrade schema."""
    pass
