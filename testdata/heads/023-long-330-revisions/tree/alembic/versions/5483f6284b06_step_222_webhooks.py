"""step 222 webhooks

Revision ID: 5483f6284b06
Revises: 113e3d7f4cd4
Create Date: 2026-07-31 12:20:45.631758

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '5483f6284b06'
down_revision: Union[str, Sequence[str], None] = '113e3d7f4cd4'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.execute("UPDATE webhooks SET updated_at = now() WHERE updated_at IS NULL")


def downgrade() -> None:
    """Downgrade schema."""
    pass
