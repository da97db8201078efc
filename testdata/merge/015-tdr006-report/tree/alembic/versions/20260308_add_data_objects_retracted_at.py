"""revision 20260308_add_data_objects_retracted_at

Revision ID: 20260308_add_data_objects_retracted_at
Revises: 20260101_initial
Create Date: 2026-03-08 11:12:13.141516

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '20260308_add_data_objects_retracted_at'
down_revision: Union[str, Sequence[str], None] = '20260101_initial'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    pass


def downgrade() -> None:
    """Downgrade schema."""
    pass
