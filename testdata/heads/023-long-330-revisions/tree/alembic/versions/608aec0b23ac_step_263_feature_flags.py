"""step 263 feature_flags

Revision ID: 608aec0b23ac
Revises: 6420920577e6
Create Date: 2026-09-30 14:13:34.925647

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '608aec0b23ac'
down_revision: Union[str, Sequence[str], None] = '6420920577e6'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_index(op.f('ix_feature_flags_name'), 'feature_flags', ['name'], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_index(op.f('ix_feature_flags_name'), table_name='feature_flags')
