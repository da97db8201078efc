"""step 282 webhooks

Revision ID: 1bba20c0934a
Revises: fb162367be8d
Create Date: 2026-10-29 14:20:45.915498

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '1bba20c0934a'
down_revision: Union[str, Sequence[str], None] = 'fb162367be8d'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.execute("UPDATE webhooks SET updated_at = now() WHERE updated_at IS NULL")


def downgrade() -> None:
    """Downgrade schema."""
    pass
