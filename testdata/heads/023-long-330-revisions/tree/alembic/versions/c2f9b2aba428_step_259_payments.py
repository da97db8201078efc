"""step 259 payments

Revision ID: c2f9b2aba428
Revises: bc41be97a4c7
Create Date: 2026-09-24 18:21:38.506731

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'c2f9b2aba428'
down_revision: Union[str, Sequence[str], None] = 'bc41be97a4c7'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    pass


def downgrade() -> None:
    """Downgrade schema."""
    pass
