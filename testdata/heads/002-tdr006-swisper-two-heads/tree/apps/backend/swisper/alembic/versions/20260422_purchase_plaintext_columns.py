"""purchase plaintext columns

Revision ID: 20260422_purchase_plaintext_columns
Revises: 20260417_purchase_correlation_id_and_user_default_pm
Create Date: 2026-04-22 17:56:28.174624

"""

from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "20260422_purchase_plaintext_columns"
down_revision: Union[str, Sequence[str], None] = "20260417_purchase_correlation_id_and_user_default_pm"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.execute("ALTER TABLE purchase ADD COLUMN IF NOT EXISTS description_plain TEXT")


def downgrade() -> None:
    """Downgrade schema."""
    op.execute("ALTER TABLE purchase DROP COLUMN IF EXISTS description_plain")
