"""step 187 payments

Revision ID: 8d0666c53e64
Revises: ced6a00da07b
Create Date: 2026-06-08 09:45:50.966243

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '8d0666c53e64'
down_revision = 'ced6a00da07b'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("UPDATE payments SET updated_at = now() WHERE updated_at IS NULL")


def downgrade() -> None:
    pass
