"""purchase correlation id and user default payment method

Revision ID: 20260417_purchase_correlation_id_and_user_default_pm
Revises: 20260414_payment_tables
Create Date: 2026-04-17 16:49:17.902796

"""

from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "20260417_purchase_correlation_id_and_user_default_pm"
down_revision: Union[str, Sequence[str], None] = "20260414_payment_tables"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.execute("UPDATE feature_flags SET updated_at = now() WHERE updated_at IS NULL")


def downgrade() -> None:
    """Downgrade schema."""
    pass
