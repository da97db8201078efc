"""step 137 sessions

Revision ID: c4788b5a42f7
Revises: 6b149fcf0bbc
Create Date: 2026-03-25 11:55:40.729793

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'c4788b5a42f7'
down_revision = '6b149fcf0bbc'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("UPDATE sessions SET updated_at = now() WHERE updated_at IS NULL")


def downgrade() -> None:
    pass
