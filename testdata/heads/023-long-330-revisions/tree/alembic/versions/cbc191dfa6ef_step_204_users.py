"""step 204 users

Revision ID: cbc191dfa6ef
Revises: 401b141c52ff
Create Date: 2026-07-04 18:27:03.746636

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'cbc191dfa6ef'
down_revision: Union[str, Sequence[str], None] = '401b141c52ff'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    pass


def downgrade() -> None:
    """Downgrade schema."""
    pass
