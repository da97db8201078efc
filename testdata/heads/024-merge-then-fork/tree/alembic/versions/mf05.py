"""c

Revision ID: mf05
Revises: mf04
Create Date: 2025-09-07 16:07:23.800836

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'mf05'
down_revision = 'mf04'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
