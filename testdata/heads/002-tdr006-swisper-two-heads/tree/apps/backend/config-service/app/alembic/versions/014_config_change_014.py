"""config change 014

Revision ID: 014
Revises: 013
Create Date: 2025-09-20 13:03:44.743397

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '014'
down_revision: Union[str, None] = '013'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_index(op.f('ix_organisations_name'), 'organisations', ['name'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_organisations_name'), table_name='organisations')
