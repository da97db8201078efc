"""step 307 payments

Revision ID: 3679b741e2d9
Revises: 71577a34914c
Create Date: 2026-12-05 13:45:50.533723

"""

from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "3679b741e2d9"
down_revision: Union[str, Sequence[str], None] = "71577a34914c"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.execute("UPDATE payments SET updated_at = now() WHERE updated_at IS NULL")


def downgrade() -> None:
    """Downgrade schema."""
    pass
