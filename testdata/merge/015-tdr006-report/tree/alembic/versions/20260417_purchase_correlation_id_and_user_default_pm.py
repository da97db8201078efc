"""revision 20260417_purchase_correlation_id_and_user_default_pm

Revision ID: 20260417_purchase_correlation_id_and_user_default_pm
Revises: 20260414_payment_tables
Create Date: 2026-04-17 10:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '20260417_purchase_correlation_id_and_user_default_pm'
down_revision: Union[str, Sequence[str], None] = '20260414_payment_tables'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    pass


def downgrade() -> None:
    """Downgrade schema."""
    pass
