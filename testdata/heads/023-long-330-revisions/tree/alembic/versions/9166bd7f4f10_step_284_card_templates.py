"""step 284 card_templates

Revision ID: 9166bd7f4f10
Revises: 16e067d58e9c
Create Date: 2026-11-01 17:46:44.124956

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '9166bd7f4f10'
down_revision: Union[str, Sequence[str], None] = '16e067d58e9c'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    pass


def downgrade() -> None:
    """Downgrade schema."""
    pass
