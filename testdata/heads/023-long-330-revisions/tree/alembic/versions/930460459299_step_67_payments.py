"""step 67 payments

Revision ID: 930460459299
Revises: 85b1a766cb07
Create Date: 2025-12-10 16:45:50.398763

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '930460459299'
down_revision = '85b1a766cb07'
branch_labels = None
depends_on = None


def upgrade():
    op.execute("UPDATE payments SET updated_at = now() WHERE updated_at IS NULL")


def downgrade():
    pass
