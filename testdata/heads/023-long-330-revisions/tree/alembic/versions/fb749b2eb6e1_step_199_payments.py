"""step 199 payments

Revision ID: fb749b2eb6e1
Revises: 8cd8b36ba769
Create Date: 2026-06-26 16:21:39.222991

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'fb749b2eb6e1'
down_revision = '8cd8b36ba769'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
