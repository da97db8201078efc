"""step 238 projects

Revision ID: 93a54199d380
Revises: e6a8790e8497
Create Date: 2026-08-24 14:48:30.307422

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '93a54199d380'
down_revision: Union[str, Sequence[str], None] = 'e6a8790e8497'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_index(op.f('ix_projects_name'), 'projects', ['name'], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_index(op.f('ix_projects_name'), table_name='projects')
