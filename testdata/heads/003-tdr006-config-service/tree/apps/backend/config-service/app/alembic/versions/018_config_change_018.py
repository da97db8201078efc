"""config change 018

Revision ID: 018
Revises: 017
Create Date: 2025-09-26 18:55:41.162313

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '018'
down_revision: Union[str, None] = '017'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.execute("UPDATE sessions SET updated_at = now() WHERE updated_at IS NULL")


def downgrade() -> None:
    pass
