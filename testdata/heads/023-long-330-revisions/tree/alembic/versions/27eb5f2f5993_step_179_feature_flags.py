"""step 179 feature_flags

Revision ID: 27eb5f2f5993
Revises: 035cc3c6f476
Create Date: 2026-05-27 20:01:59.128411

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '27eb5f2f5993'
down_revision = '035cc3c6f476'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
