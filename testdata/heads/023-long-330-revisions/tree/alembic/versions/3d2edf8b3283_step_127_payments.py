"""step 127 payments

Revision ID: 3d2edf8b3283
Revises: 33d5be7bff35
Create Date: 2026-03-10 18:45:50.682503

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '3d2edf8b3283'
down_revision = '33d5be7bff35'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("UPDATE payments SET updated_at = now() WHERE updated_at IS NULL")


def downgrade() -> None:
    pass
