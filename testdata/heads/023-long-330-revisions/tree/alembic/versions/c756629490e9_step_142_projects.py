"""step 142 projects

Revision ID: c756629490e9
Revises: b766bc226ce3
Create Date: 2026-04-02 14:01:06.253438

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'c756629490e9'
down_revision = 'b766bc226ce3'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("UPDATE projects SET updated_at = now() WHERE updated_at IS NULL")


def downgrade() -> None:
    pass
