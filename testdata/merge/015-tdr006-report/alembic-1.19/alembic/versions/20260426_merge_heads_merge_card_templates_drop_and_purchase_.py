"""merge card_templates_drop and purchase_plaintext heads

Revision ID: 20260426_merge_heads
Revises: 20260413_drop_card_templates, 20260422_purchase_plaintext_columns
Create Date: 2026-05-24 12:32:07.123456

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '20260426_merge_heads'
down_revision: Union[str, Sequence[str], None] = ('20260413_drop_card_templates', '20260422_purchase_plaintext_columns')
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    pass


def downgrade() -> None:
    """Downgrade schema."""
    pass
