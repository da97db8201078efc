"""step 324 users

Revision ID: 434563a4b263
Revises: a9cb82d2ce06
Create Date: 2026-12-31 11:27:04.314116

"""

from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "434563a4b263"
down_revision: Union[str, Sequence[str], None] = "a9cb82d2ce06"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    pass


def downgrade() -> None:
    """Downgrade schema."""
    pass
