"""step 197 sessions

Revision ID: 2db566d7893e
Revises: 2efbe63d6a79
Create Date: 2026-06-23 13:55:41.013533

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '2db566d7893e'
down_revision = '2efbe63d6a79'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("UPDATE sessions SET updated_at = now() WHERE updated_at IS NULL")


def downgrade() -> None:
    pass
