"""step 253 organisations

Revision ID: a8858cf25cea
Revises: bc7d494cb888
Create Date: 2026-09-15 10:03:44.878357

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'a8858cf25cea'
down_revision: Union[str, Sequence[str], None] = 'bc7d494cb888'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_index(op.f('ix_organisations_name'), 'organisations', ['name'], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_index(op.f('ix_organisations_name'), table_name='organisations')
