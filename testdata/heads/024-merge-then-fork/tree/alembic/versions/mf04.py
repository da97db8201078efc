"""merge

Revision ID: mf04
Revises: mf02, mf03
Create Date: 2025-09-05 19:53:54.696107

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'mf04'
down_revision = ('mf02', 'mf03')
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
