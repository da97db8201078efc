"""step 248 card_templates

Revision ID: d1f3ec560834
Revises: 020ccb1e6d51
Create Date: 2026-09-08 18:59:20.354712

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'd1f3ec560834'
down_revision: Union[str, Sequence[str], None] = '020ccb1e6d51'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_index(op.f('ix_card_templates_name'), 'card_templates', ['name'], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_index(op.f('ix_card_templates_name'), table_name='card_templates')
