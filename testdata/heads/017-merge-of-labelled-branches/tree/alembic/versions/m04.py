"""merge orders and stock

Revision ID: m0000004
Revises: m0000002, m0000003
Create Date: 2025-09-05 19:53:54.696107

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'm0000004'
down_revision: Union[str, Sequence[str], None] = ('m0000002', 'm0000003')
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    pass


def downgrade() -> None:
    """Downgrade schema."""
    pass
