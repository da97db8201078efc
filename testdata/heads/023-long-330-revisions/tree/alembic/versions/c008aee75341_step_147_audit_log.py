"""step 147 audit_log

Revision ID: c008aee75341
Revises: e93034d291ca
Create Date: 2026-04-09 16:05:30.777083

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'c008aee75341'
down_revision = 'e93034d291ca'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("UPDATE audit_log SET updated_at = now() WHERE updated_at IS NULL")


def downgrade() -> None:
    pass
