"""step 124 api_keys

Revision ID: 187947d838a4
Revises: a288fea36c9c
Create Date: 2026-03-06 20:07:24.368316

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '187947d838a4'
down_revision = 'a288fea36c9c'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
