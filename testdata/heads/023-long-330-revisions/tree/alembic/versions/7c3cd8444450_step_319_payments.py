"""step 319 payments

Revision ID: 7c3cd8444450
Revises: c98af21fc1a7
Create Date: 2026-12-23 09:21:38.790471

"""

from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "7c3cd8444450"
down_revision: Union[str, Sequence[str], None] = "c98af21fc1a7"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    pass


def downgrade() -> None:
    """Downgrade schema."""
    pass
