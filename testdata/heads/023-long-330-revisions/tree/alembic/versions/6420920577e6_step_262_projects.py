"""step 262 projects

Revision ID: 6420920577e6
Revises: eec565c81727
Create Date: 2026-09-29 18:01:05.820918

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '6420920577e6'
down_revision: Union[str, Sequence[str], None] = 'eec565c81727'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.execute("UPDATE projects SET updated_at = now() WHERE updated_at IS NULL")


def downgrade() -> None:
    """Downgrade schema."""
    pass
