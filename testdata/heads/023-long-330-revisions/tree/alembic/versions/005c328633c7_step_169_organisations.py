"""step 169 organisations

Revision ID: 005c328633c7
Revises: 9cd9d780c904
Create Date: 2026-05-12 15:52:09.081121

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '005c328633c7'
down_revision = '9cd9d780c904'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
