"""step 132 users

Revision ID: 72ad0e4701f5
Revises: 9fac676c3fc3
Create Date: 2026-03-18 09:51:16.206148

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '72ad0e4701f5'
down_revision = '9fac676c3fc3'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("UPDATE users SET updated_at = now() WHERE updated_at IS NULL")


def downgrade() -> None:
    pass
