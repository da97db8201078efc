"""config change 009

Revision ID: 009
Revises: 008
Create Date: 2025-09-13 10:59:20.219752

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '009'
down_revision: Union[str, None] = '008'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_index(op.f('ix_card_templates_name'), 'card_templates', ['name'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_card_templates_name'), table_name='card_templates')
