"""step 177 data_objects

Revision ID: d1b8ed57f8c5
Revises: 60f7828277a0
Create Date: 2026-05-24 16:36:00.918953

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'd1b8ed57f8c5'
down_revision = '60f7828277a0'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("UPDATE data_objects SET updated_at = now() WHERE updated_at IS NULL")


def downgrade() -> None:
    pass
