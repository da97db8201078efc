"""step 217 organisations

Revision ID: ab240bf209f2
Revises: b0d55bbdd346
Create Date: 2026-07-23 10:16:21.108113

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'ab240bf209f2'
down_revision: Union[str, Sequence[str], None] = 'b0d55bbdd346'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.execute("UPDATE organisations SET updated_at = now() WHERE updated_at IS NULL")


def downgrade() -> None:
    """Downgrade schema."""
    pass
