"""merge left and right

Revision ID: c0ffee000006
Revises: c0ffee000005, c0ffee000004
Create Date: 2025-09-08 11:19:52.905565

"""

from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "c0ffee000006"
down_revision: Union[str, Sequence[str], None] = (
    "c0ffee000005",
    "c0ffee000004",
)
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    pass


def downgrade() -> None:
    """Downgrade schema."""
    pass
