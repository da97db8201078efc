"""step 322 projects

Revision ID: d756bd8b2233
Revises: 4130ea5876de
Create Date: 2026-12-28 20:01:06.104658

"""

from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "d756bd8b2233"
down_revision: Union[str, Sequence[str], None] = "4130ea5876de"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.execute("UPDATE projects SET updated_at = now() WHERE updated_at IS NULL")


def downgrade() -> None:
    """Downgrade schema."""
    pass
