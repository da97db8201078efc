"""step 258 webhooks

Revision ID: bc41be97a4c7
Revises: ee036aae62f9
Create Date: 2026-09-23 12:09:09.402002

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'bc41be97a4c7'
down_revision: Union[str, Sequence[str], None] = 'ee036aae62f9'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_index(op.f('ix_webhooks_name'), 'webhooks', ['name'], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_index(op.f('ix_webhooks_name'), table_name='webhooks')
