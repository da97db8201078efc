"""step 232 api_keys

Revision ID: 7a06c3d20026
Revises: 4724339ca438
Create Date: 2026-08-15 16:30:35.679048

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '7a06c3d20026'
down_revision: Union[str, Sequence[str], None] = '4724339ca438'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.execute("UPDATE api_keys SET updated_at = now() WHERE updated_at IS NULL")


def downgrade() -> None:
    """Downgrade schema."""
    pass
