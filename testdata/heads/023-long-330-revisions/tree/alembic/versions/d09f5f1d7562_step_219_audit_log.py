"""step 219 audit_log

Revision ID: d09f5f1d7562
Revises: 87875414cc1a
Create Date: 2026-07-26 13:42:19.317571

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'd09f5f1d7562'
down_revision: Union[str, Sequence[str], None] = '87875414cc1a'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    pass


def downgrade() -> None:
    """Downgrade schema."""
    pass
