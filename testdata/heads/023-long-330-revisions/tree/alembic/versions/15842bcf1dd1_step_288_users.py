"""step 288 users

Revision ID: 15842bcf1dd1
Revises: 738ef1586dee
Create Date: 2026-11-07 12:38:39.543872

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '15842bcf1dd1'
down_revision: Union[str, Sequence[str], None] = '738ef1586dee'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_index(op.f('ix_users_name'), 'users', ['name'], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_index(op.f('ix_users_name'), table_name='users')
