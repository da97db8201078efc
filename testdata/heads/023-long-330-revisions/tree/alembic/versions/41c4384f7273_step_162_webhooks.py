"""step 162 webhooks

Revision ID: 41c4384f7273
Revises: b36fc80eeb23
Create Date: 2026-05-02 10:20:46.348018

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '41c4384f7273'
down_revision = 'b36fc80eeb23'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("UPDATE webhooks SET updated_at = now() WHERE updated_at IS NULL")


def downgrade() -> None:
    pass
