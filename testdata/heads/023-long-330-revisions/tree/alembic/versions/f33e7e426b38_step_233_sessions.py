"""step 233 sessions

Revision ID: f33e7e426b38
Revises: 7a06c3d20026
Create Date: 2026-08-16 12:44:04.783777

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'f33e7e426b38'
down_revision: Union[str, Sequence[str], None] = '7a06c3d20026'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_index(op.f('ix_sessions_name'), 'sessions', ['name'], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_index(op.f('ix_sessions_name'), table_name='sessions')
