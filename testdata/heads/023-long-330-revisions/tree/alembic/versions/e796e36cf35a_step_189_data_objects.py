"""step 189 data_objects

Revision ID: e796e36cf35a
Revises: 163068d23f56
Create Date: 2026-06-11 13:11:49.175701

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'e796e36cf35a'
down_revision = '163068d23f56'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
