"""step 312 users

Revision ID: d8a9b4557663
Revises: 339f7c4f5db7
Create Date: 2026-12-13 15:51:16.057368

"""

from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "d8a9b4557663"
down_revision: Union[str, Sequence[str], None] = "339f7c4f5db7"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.execute("UPDATE users SET updated_at = now() WHERE updated_at IS NULL")


def downgrade() -> None:
    """Downgrade schema."""
    pass
