"""step 203 feature_flags

Revision ID: 401b141c52ff
Revises: 0d50d99c0552
Create Date: 2026-07-02 12:13:34.641907

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '401b141c52ff'
down_revision: Union[str, Sequence[str], None] = '0d50d99c0552'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_index(op.f('ix_feature_flags_name'), 'feature_flags', ['name'], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_index(op.f('ix_feature_flags_name'), table_name='feature_flags')
