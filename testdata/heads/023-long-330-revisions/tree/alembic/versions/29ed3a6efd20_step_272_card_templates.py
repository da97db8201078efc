"""step 272 card_templates

Revision ID: 29ed3a6efd20
Revises: c46a42b9bd5f
Create Date: 2026-10-14 11:10:55.868208

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '29ed3a6efd20'
down_revision: Union[str, Sequence[str], None] = 'c46a42b9bd5f'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.execute("UPDATE card_templates SET updated_at = now() WHERE updated_at IS NULL")


def downgrade() -> None:
    """Downgrade schema."""
    pass
