"""step 247 payments

Revision ID: 020ccb1e6d51
Revises: d9817fd1bf21
Create Date: 2026-09-06 11:45:51.249983

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '020ccb1e6d51'
down_revision: Union[str, Sequence[str], None] = 'd9817fd1bf21'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.execute("UPDATE payments SET updated_at = now() WHERE updated_at IS NULL")


def downgrade() -> None:
    """Downgrade schema."""
    pass
