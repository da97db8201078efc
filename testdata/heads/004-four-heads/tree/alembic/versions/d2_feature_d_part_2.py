"""feature d part 2

Revision ID: eeee0001
Revises: dddd0001
Create Date: 2025-09-07 16:07:23.800836

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'eeee0001'
down_revision = 'dddd0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
