"""step 314 invoices

Revision ID: 73ae5969e720
Revises: 716d079ee73a
Create Date: 2026-12-16 18:17:14.266826

"""

from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "73ae5969e720"
down_revision: Union[str, Sequence[str], None] = "716d079ee73a"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    pass


def downgrade() -> None:
    """Downgrade schema."""
    pass
