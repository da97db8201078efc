"""revision 20260413_drop_card_templates

Revision ID: 20260413_drop_card_templates
Revises: 20260308_add_data_objects_retracted_at
Create Date: 2026-04-13 16:45:00.000001

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '20260413_drop_card_templates'
down_revision: Union[str, Sequence[str], None] = '20260308_add_data_objects_retracted_at'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    pass


def downgrade() -> None:
    """Downgrade schema."""
    pass
