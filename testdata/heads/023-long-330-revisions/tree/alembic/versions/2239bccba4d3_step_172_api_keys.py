"""step 172 api_keys

Revision ID: 2239bccba4d3
Revises: 1f8f22ab6efc
Create Date: 2026-05-17 14:30:35.395308

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '2239bccba4d3'
down_revision = '1f8f22ab6efc'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("UPDATE api_keys SET updated_at = now() WHERE updated_at IS NULL")


def downgrade() -> None:
    pass
