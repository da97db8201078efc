"""merge before rebase

Revision ID: dp000004
Revises: dp000002
Create Date: 2025-09-07 16:07:23.800836

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'dp000004'
down_revision: Union[str, Sequence[str], None] = 'dp000002'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    pass


def downgrade() -> None:
    """Downgrade schema."""
    pass
