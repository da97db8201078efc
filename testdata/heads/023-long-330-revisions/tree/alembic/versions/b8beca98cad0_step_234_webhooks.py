"""step 234 webhooks

Revision ID: b8beca98cad0
Revises: f33e7e426b38
Create Date: 2026-08-18 19:56:33.888506

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'b8beca98cad0'
down_revision: Union[str, Sequence[str], None] = 'f33e7e426b38'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    pass


def downgrade() -> None:
    """Downgrade schema."""
    pass
