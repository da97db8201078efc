"""step 228 users

Revision ID: 11073db59e86
Revises: fed2982eb1ea
Create Date: 2026-08-09 10:38:40.260132

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '11073db59e86'
down_revision: Union[str, Sequence[str], None] = 'fed2982eb1ea'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_index(op.f('ix_users_name'), 'users', ['name'], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_index(op.f('ix_users_name'), table_name='users')
