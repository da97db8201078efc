"""step 268 api_keys

Revision ID: 06e58b94625f
Revises: 52ef13bc7cd2
Create Date: 2026-10-08 15:18:59.449292

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '06e58b94625f'
down_revision: Union[str, Sequence[str], None] = '52ef13bc7cd2'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_index(op.f('ix_api_keys_name'), 'api_keys', ['name'], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_index(op.f('ix_api_keys_name'), table_name='api_keys')
