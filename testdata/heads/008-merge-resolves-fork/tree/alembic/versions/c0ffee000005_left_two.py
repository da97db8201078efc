"""left two

Revision ID: c0ffee000005
Revises: c0ffee000003
Create Date: 2025-09-07 16:07:23.800836

"""

from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "c0ffee000005"
down_revision: Union[str, Sequence[str], None] = "c0ffee000003"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    pass


def downgrade() -> None:
    """Downgrade schema."""
    pass
