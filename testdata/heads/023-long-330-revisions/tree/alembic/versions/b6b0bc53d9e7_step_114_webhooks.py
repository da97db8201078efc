"""step 114 webhooks

Revision ID: b6b0bc53d9e7
Revises: 2007c2453144
Create Date: 2026-02-19 15:56:34.321026

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'b6b0bc53d9e7'
down_revision = '2007c2453144'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
