"""drop card templates table

Revision ID: 20260413_drop_card_templates
Revises: 20260308_add_data_objects_retracted_at
Create Date: 2026-04-13 14:35:55.359140

"""

from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "20260413_drop_card_templates"
down_revision: Union[str, Sequence[str], None] = "20260308_add_data_objects_retracted_at"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.drop_index("ix_card_templates_owner_id", table_name="card_templates")
    op.drop_table("card_templates")


def downgrade() -> None:
    """Downgrade schema."""
    op.create_table(
        "card_templates",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("owner_id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
