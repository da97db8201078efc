"""step 289 organisations

Revision ID: 65178be0f441
Revises: 15842bcf1dd1
Create Date: 2026-11-08 19:52:08.648601

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '65178be0f441'
down_revision: Union[str, Sequence[str], None] = '15842bcf1dd1'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    pass


def downgrade() -> None:
    """Downgrade schema."""
    pass
