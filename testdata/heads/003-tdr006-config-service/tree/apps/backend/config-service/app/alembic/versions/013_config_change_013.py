"""config change 013

Revision ID: 013
Revises: 012
Create Date: 2025-09-19 16:51:15.638668

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '013'
down_revision: Union[str, None] = '012'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.execute("UPDATE users SET updated_at = now() WHERE updated_at IS NULL")


def downgrade() -> None:
    pass
