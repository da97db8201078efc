"""seed stripe price ids

Revision ID: 036
Revises: 035
Create Date: 2025-10-23 12:50:23.047435

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '036'
down_revision: Union[str, None] = '035'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.execute(
        "INSERT INTO configuration (name, value) VALUES "
        "('payments.stripe_price.basic', ''), ('payments.stripe_price.pro', '') "
        "ON CONFLICT (name) DO NOTHING"
    )


def downgrade() -> None:
    op.execute(
        "DELETE FROM configuration WHERE name LIKE 'payments.stripe_price.%'"
    )
