"""step 273 data_objects

Revision ID: c47d555aa5ab
Revises: 29ed3a6efd20
Create Date: 2026-10-15 17:24:24.972937

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'c47d555aa5ab'
down_revision: Union[str, Sequence[str], None] = '29ed3a6efd20'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_index(op.f('ix_data_objects_name'), 'data_objects', ['name'], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_index(op.f('ix_data_objects_name'), table_name='data_objects')
