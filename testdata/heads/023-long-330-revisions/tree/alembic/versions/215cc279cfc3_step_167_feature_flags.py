"""step 167 feature_flags

Revision ID: 215cc279cfc3
Revises: 798963e7068b
Create Date: 2026-05-09 12:26:10.871663

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '215cc279cfc3'
down_revision = '798963e7068b'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("UPDATE feature_flags SET updated_at = now() WHERE updated_at IS NULL")


def downgrade() -> None:
    pass
