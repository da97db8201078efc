"""step 212 card_templates

Revision ID: af9b65caa3fd
Revises: e2f29bd5f35b
Create Date: 2026-07-16 20:10:55.584468

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'af9b65caa3fd'
down_revision: Union[str, Sequence[str], None] = 'e2f29bd5f35b'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.execute("UPDATE card_templates SET updated_at = now() WHERE updated_at IS NULL")


def downgrade() -> None:
    """Downgrade schema."""
    pass
