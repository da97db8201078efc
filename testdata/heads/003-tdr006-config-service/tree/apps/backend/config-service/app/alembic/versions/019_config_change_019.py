"""config change 019

Revision ID: 019
Revises: 018
Create Date: 2025-09-28 15:09:10.267042

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '019'
down_revision: Union[str, None] = '018'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_index(op.f('ix_webhooks_name'), 'webhooks', ['name'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_webhooks_name'), table_name='webhooks')
