"""config change 034

Revision ID: 034
Revises: 033
Create Date: 2025-10-20 09:24:24.837977

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '034'
down_revision: Union[str, None] = '033'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_index(op.f('ix_data_objects_name'), 'data_objects', ['name'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_data_objects_name'), table_name='data_objects')
