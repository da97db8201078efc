"""step 254 invoices

Revision ID: 054c5a80587e
Revises: a8858cf25cea
Create Date: 2026-09-17 16:17:13.983086

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '054c5a80587e'
down_revision: Union[str, Sequence[str], None] = 'a8858cf25cea'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    pass


def downgrade() -> None:
    """Downgrade schema."""
    pass
