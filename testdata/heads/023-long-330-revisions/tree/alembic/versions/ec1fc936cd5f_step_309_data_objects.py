"""step 309 data_objects

Revision ID: ec1fc936cd5f
Revises: 7706da0ad65f
Create Date: 2026-12-08 17:11:48.743181

"""

from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "ec1fc936cd5f"
down_revision: Union[str, Sequence[str], None] = "7706da0ad65f"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    pass


def downgrade() -> None:
    """Downgrade schema."""
    pass
