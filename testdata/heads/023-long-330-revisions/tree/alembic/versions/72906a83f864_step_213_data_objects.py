"""step 213 data_objects

Revision ID: 72906a83f864
Revises: af9b65caa3fd
Create Date: 2026-07-17 15:24:24.689197

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '72906a83f864'
down_revision: Union[str, Sequence[str], None] = 'af9b65caa3fd'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_index(op.f('ix_data_objects_name'), 'data_objects', ['name'], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_index(op.f('ix_data_objects_name'), table_name='data_objects')
