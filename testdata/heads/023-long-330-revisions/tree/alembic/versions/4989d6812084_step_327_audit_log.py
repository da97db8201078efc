"""step 327 audit_log

Revision ID: 4989d6812084
Revises: 64b59e37234b
Create Date: 2027-01-04 11:05:30.628303

"""

from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "4989d6812084"
down_revision: Union[str, Sequence[str], None] = "64b59e37234b"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.execute("UPDATE audit_log SET updated_at = now() WHERE updated_at IS NULL")


def downgrade() -> None:
    """Downgrade schema."""
    pass
