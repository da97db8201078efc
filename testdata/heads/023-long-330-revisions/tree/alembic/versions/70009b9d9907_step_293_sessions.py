"""step 293 sessions

Revision ID: 70009b9d9907
Revises: 03d74b4d483c
Create Date: 2026-11-14 14:44:05.067517

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '70009b9d9907'
down_revision: Union[str, Sequence[str], None] = '03d74b4d483c'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_index(op.f('ix_sessions_name'), 'sessions', ['name'], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_index(op.f('ix_sessions_name'), table_name='sessions')
