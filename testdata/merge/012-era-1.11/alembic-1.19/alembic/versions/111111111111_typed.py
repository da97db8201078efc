"""typed

Revision ID: 111111111111
Revises: 27c6a30d7c24, 9f8e7d6c5b4a, 5e6f7a8b9c0d
Create Date: 2026-05-24 12:32:07.123456

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '111111111111'
down_revision: Union[str, None] = ('27c6a30d7c24', '9f8e7d6c5b4a', '5e6f7a8b9c0d')
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
