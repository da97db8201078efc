"""step 32 card_templates

Revision ID: f1e958366f58
Revises: f2f72067d1e9
Create Date: 2025-10-19 14:10:55.733248

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'f1e958366f58'
down_revision = 'f2f72067d1e9'
branch_labels = None
depends_on = None


def upgrade():
    op.execute("UPDATE card_templates SET updated_at = now() WHERE updated_at IS NULL")


def downgrade():
    pass
