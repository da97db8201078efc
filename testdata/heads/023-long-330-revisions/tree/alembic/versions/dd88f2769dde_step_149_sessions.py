"""step 149 sessions

Revision ID: dd88f2769dde
Revises: cfa7b16963c9
Create Date: 2026-04-12 18:31:28.986541

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'dd88f2769dde'
down_revision = 'cfa7b16963c9'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
