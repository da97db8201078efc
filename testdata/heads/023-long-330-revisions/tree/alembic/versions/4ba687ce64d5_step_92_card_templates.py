"""step 92 card_templates

Revision ID: 4ba687ce64d5
Revises: 3af280dc124b
Create Date: 2026-01-17 16:10:56.016988

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '4ba687ce64d5'
down_revision = '3af280dc124b'
branch_labels = None
depends_on = None


def upgrade():
    op.execute("UPDATE card_templates SET updated_at = now() WHERE updated_at IS NULL")


def downgrade():
    pass
