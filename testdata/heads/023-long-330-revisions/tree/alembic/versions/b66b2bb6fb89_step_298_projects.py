"""step 298 projects

Revision ID: b66b2bb6fb89
Revises: 7a051c69876c
Create Date: 2026-11-22 16:48:29.591162

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'b66b2bb6fb89'
down_revision: Union[str, Sequence[str], None] = '7a051c69876c'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_index(op.f('ix_projects_name'), 'projects', ['name'], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_index(op.f('ix_projects_name'), table_name='projects')
