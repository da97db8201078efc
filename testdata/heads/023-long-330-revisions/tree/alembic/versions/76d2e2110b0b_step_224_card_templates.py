"""step 224 card_templates

Revision ID: 76d2e2110b0b
Revises: 90f37a36ff6c
Create Date: 2026-08-03 15:46:43.841216

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '76d2e2110b0b'
down_revision: Union[str, Sequence[str], None] = '90f37a36ff6c'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    pass


def downgrade() -> None:
    """Downgrade schema."""
    pass
