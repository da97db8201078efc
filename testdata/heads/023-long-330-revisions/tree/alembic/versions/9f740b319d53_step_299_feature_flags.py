"""step 299 feature_flags

Revision ID: 9f740b319d53
Revises: b66b2bb6fb89
Create Date: 2026-11-23 13:01:58.695891

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '9f740b319d53'
down_revision: Union[str, Sequence[str], None] = 'b66b2bb6fb89'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    pass


def downgrade() -> None:
    """Downgrade schema."""
    pass
