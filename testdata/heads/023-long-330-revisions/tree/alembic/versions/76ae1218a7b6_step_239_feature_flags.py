"""step 239 feature_flags

Revision ID: 76ae1218a7b6
Revises: 93a54199d380
Create Date: 2026-08-25 11:01:58.412151

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '76ae1218a7b6'
down_revision: Union[str, Sequence[str], None] = '93a54199d380'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    pass


def downgrade() -> None:
    """Downgrade schema."""
    pass
