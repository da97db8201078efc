"""step 267 audit_log

Revision ID: 52ef13bc7cd2
Revises: efd0cdde4306
Create Date: 2026-10-06 20:05:31.344563

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '52ef13bc7cd2'
down_revision: Union[str, Sequence[str], None] = 'efd0cdde4306'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.execute("UPDATE audit_log SET updated_at = now() WHERE updated_at IS NULL")


def downgrade() -> None:
    """Downgrade schema."""
    pass
