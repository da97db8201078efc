"""left more

Revision ID: pp000005
Revises: pp000004
Create Date: 2025-09-07 16:07:23.800836

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'pp000005'
down_revision: Union[str, Sequence[str], None] = 'pp000004'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    pass


def downgrade() -> None:
    """Downgrade schema."""
    pass
