"""step 152 card_templates

Revision ID: 8767cd791595
Revises: a83581e36d0d
Create Date: 2026-04-17 18:10:56.300728

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '8767cd791595'
down_revision = 'a83581e36d0d'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("UPDATE card_templates SET updated_at = now() WHERE updated_at IS NULL")


def downgrade() -> None:
    pass
