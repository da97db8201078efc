"""step 229 organisations

Revision ID: d2d40b8d8931
Revises: 11073db59e86
Create Date: 2026-08-10 17:52:09.364861

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'd2d40b8d8931'
down_revision: Union[str, Sequence[str], None] = '11073db59e86'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    pass


def downgrade() -> None:
    """Downgrade schema."""
    pass
