"""step 304 api_keys

Revision ID: f9504c1adb41
Revises: 0431ffdf557d
Create Date: 2026-12-01 15:07:24.219536

"""

from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "f9504c1adb41"
down_revision: Union[str, Sequence[str], None] = "0431ffdf557d"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    pass


def downgrade() -> None:
    """Downgrade schema."""
    pass
