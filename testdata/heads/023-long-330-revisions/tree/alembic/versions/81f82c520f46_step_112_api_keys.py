"""step 112 api_keys

Revision ID: 81f82c520f46
Revises: 5b779dbf01a3
Create Date: 2026-02-16 12:30:36.111568

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '81f82c520f46'
down_revision = '5b779dbf01a3'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("UPDATE api_keys SET updated_at = now() WHERE updated_at IS NULL")


def downgrade() -> None:
    pass
