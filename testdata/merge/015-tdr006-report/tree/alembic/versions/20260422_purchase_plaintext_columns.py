"""revision 20260422_purchase_plaintext_columns

Revision ID: 20260422_purchase_plaintext_columns
Revises: 20260417_purchase_correlation_id_and_user_default_pm
Create Date: 2026-04-22 18:30:59.999999

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '20260422_purchase_plaintext_columns'
down_revision: Union[str, Sequence[str], None] = '20260417_purchase_correlation_id_and_user_default_pm'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    pass


def downgrade() -> None:
    """Downgrade schema."""
    pass
