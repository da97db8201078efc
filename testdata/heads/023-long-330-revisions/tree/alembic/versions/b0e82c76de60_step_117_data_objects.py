"""step 117 data_objects

Revision ID: b0e82c76de60
Revises: 7ac5bce74bee
Create Date: 2026-02-23 14:36:00.635213

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'b0e82c76de60'
down_revision = '7ac5bce74bee'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("UPDATE data_objects SET updated_at = now() WHERE updated_at IS NULL")


def downgrade() -> None:
    pass
