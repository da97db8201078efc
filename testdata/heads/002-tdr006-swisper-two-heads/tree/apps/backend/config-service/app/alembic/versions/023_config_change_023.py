"""config change 023

Revision ID: 023
Revises: 022
Create Date: 2025-10-04 10:01:05.685958

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '023'
down_revision: Union[str, None] = '022'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.execute("UPDATE projects SET updated_at = now() WHERE updated_at IS NULL")


def downgrade() -> None:
    pass
