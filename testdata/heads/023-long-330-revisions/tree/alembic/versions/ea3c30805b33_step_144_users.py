"""step 144 users

Revision ID: ea3c30805b33
Revises: 698fa2928e3c
Create Date: 2026-04-05 16:27:03.462896

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ea3c30805b33'
down_revision = '698fa2928e3c'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
