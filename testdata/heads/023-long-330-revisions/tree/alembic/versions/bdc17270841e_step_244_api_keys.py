"""step 244 api_keys

Revision ID: bdc17270841e
Revises: 6f16f9c48b88
Create Date: 2026-09-02 13:07:23.935796

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'bdc17270841e'
down_revision: Union[str, Sequence[str], None] = '6f16f9c48b88'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    pass


def downgrade() -> None:
    """Downgrade schema."""
    pass
