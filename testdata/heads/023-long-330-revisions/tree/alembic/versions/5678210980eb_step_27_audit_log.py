"""step 27 audit_log

Revision ID: 5678210980eb
Revises: 2c1dcd9b8ca8
Create Date: 2025-10-11 12:05:31.209603

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '5678210980eb'
down_revision = '2c1dcd9b8ca8'
branch_labels = None
depends_on = None


def upgrade():
    op.execute("UPDATE audit_log SET updated_at = now() WHERE updated_at IS NULL")


def downgrade():
    pass
