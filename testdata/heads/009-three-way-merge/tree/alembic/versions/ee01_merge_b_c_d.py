"""merge b c d

Revision ID: ee01
Revises: bb01, cc01, dd01
Create Date: 2025-09-07 16:07:23.800836

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'ee01'
down_revision: Union[str, None] = ('bb01', 'cc01', 'dd01')
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
