"""step 237 data_objects

Revision ID: e6a8790e8497
Revises: 9369b1792742
Create Date: 2026-08-22 18:36:01.202693

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'e6a8790e8497'
down_revision: Union[str, Sequence[str], None] = '9369b1792742'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.execute("UPDATE data_objects SET updated_at = now() WHERE updated_at IS NULL")


def downgrade() -> None:
    """Downgrade schema."""
    pass
