"""config change 029

Revision ID: 029
Revises: 028
Create Date: 2025-10-13 18:19:00.314332

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '029'
down_revision: Union[str, None] = '028'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_index(op.f('ix_api_keys_name'), 'api_keys', ['name'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_api_keys_name'), table_name='api_keys')
