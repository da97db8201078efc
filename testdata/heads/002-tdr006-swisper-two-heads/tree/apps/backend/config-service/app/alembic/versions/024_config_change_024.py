"""config change 024

Revision ID: 024
Revises: 023
Create Date: 2025-10-05 17:13:34.790687

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '024'
down_revision: Union[str, None] = '023'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_index(op.f('ix_feature_flags_name'), 'feature_flags', ['name'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_feature_flags_name'), table_name='feature_flags')
