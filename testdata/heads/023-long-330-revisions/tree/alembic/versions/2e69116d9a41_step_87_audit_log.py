"""step 87 audit_log

Revision ID: 2e69116d9a41
Revises: e46030494930
Create Date: 2026-01-09 14:05:30.493343

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '2e69116d9a41'
down_revision = 'e46030494930'
branch_labels = None
depends_on = None


def upgrade():
    op.execute("UPDATE audit_log SET updated_at = now() WHERE updated_at IS NULL")


def downgrade():
    pass
