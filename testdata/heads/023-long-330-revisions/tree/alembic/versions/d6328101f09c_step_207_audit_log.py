"""step 207 audit_log

Revision ID: d6328101f09c
Revises: b16225313dd5
Create Date: 2026-07-08 18:05:31.060823

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'd6328101f09c'
down_revision: Union[str, Sequence[str], None] = 'b16225313dd5'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.execute("UPDATE audit_log SET updated_at = now() WHERE updated_at IS NULL")


def downgrade() -> None:
    """Downgrade schema."""
    pass
