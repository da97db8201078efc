"""step 182 invoices

Revision ID: 3fc65b9146fd
Revises: e6d95c308c38
Create Date: 2026-06-01 18:41:25.442598

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '3fc65b9146fd'
down_revision = 'e6d95c308c38'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("UPDATE invoices SET updated_at = now() WHERE updated_at IS NULL")


def downgrade() -> None:
    pass
