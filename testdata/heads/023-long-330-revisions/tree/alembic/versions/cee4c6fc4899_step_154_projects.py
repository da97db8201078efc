"""step 154 projects

Revision ID: cee4c6fc4899
Revises: 7072abf7c61e
Create Date: 2026-04-20 09:36:53.510186

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'cee4c6fc4899'
down_revision = '7072abf7c61e'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
