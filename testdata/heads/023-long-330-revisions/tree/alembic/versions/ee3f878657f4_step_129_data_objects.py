"""step 129 data_objects

Revision ID: ee3f878657f4
Revises: 1ac95e2e8127
Create Date: 2026-03-13 11:11:48.891961

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ee3f878657f4'
down_revision = '1ac95e2e8127'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
