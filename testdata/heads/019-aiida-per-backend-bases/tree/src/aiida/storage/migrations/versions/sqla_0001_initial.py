"""Initial sqlalchemy schema

Revision ID: sqla_0001
Revises: 
Create Date: 2025-09-07 16:07:23.800836

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'sqla_0001'
down_revision: Union[str, None] = None
branch_labels: Union[str, Sequence[str], None] = ('sqlalchemy',)
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
