"""step 264 users

Revision ID: 56a19587afc0
Revises: 608aec0b23ac
Create Date: 2026-10-02 09:27:04.030376

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '56a19587afc0'
down_revision: Union[str, Sequence[str], None] = '608aec0b23ac'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    pass


def downgrade() -> None:
    """Downgrade schema."""
    pass
