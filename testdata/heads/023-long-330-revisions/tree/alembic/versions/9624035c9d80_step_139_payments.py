"""step 139 payments

Revision ID: 9624035c9d80
Revises: 5698c5129efb
Create Date: 2026-03-28 14:21:38.939251

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '9624035c9d80'
down_revision = '5698c5129efb'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
