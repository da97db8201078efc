"""step 102 webhooks

Revision ID: ea52c7ddd8dc
Revises: 54a313d11e73
Create Date: 2026-02-01 19:20:46.064278

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ea52c7ddd8dc'
down_revision = '54a313d11e73'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("UPDATE webhooks SET updated_at = now() WHERE updated_at IS NULL")


def downgrade() -> None:
    pass
