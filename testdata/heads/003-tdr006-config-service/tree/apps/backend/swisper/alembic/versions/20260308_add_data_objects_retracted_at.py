"""add data_objects.retracted_at

Revision ID: 20260308_add_data_objects_retracted_at
Revises: 20260220_add_data_objects
Create Date: 2026-03-08 12:21:33.815484

"""

from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "20260308_add_data_objects_retracted_at"
down_revision: Union[str, Sequence[str], None] = "20260220_add_data_objects"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_index(op.f("ix_payments_name"), "payments", ["name"], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_index(op.f("ix_payments_name"), table_name="payments")
