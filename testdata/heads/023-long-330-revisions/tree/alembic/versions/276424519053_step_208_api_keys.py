"""step 208 api_keys

Revision ID: 276424519053
Revises: d6328101f09c
Create Date: 2026-07-10 13:19:00.165552

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '276424519053'
down_revision: Union[str, Sequence[str], None] = 'd6328101f09c'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_index(op.f('ix_api_keys_name'), 'api_keys', ['name'], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_index(op.f('ix_api_keys_name'), table_name='api_keys')
