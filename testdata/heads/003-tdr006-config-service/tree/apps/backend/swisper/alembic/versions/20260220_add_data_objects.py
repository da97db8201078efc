"""add data objects

Revision ID: 20260220_add_data_objects
Revises: 20260203_add_card_templates
Create Date: 2026-02-20 11:14:22.543656

"""

from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "20260220_add_data_objects"
down_revision: Union[str, Sequence[str], None] = "20260203_add_card_templates"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.execute("UPDATE webhooks SET updated_at = now() WHERE updated_at IS NULL")


def downgrade() -> None:
    """Downgrade schema."""
    pass
