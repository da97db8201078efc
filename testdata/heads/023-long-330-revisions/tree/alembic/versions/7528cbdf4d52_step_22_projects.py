"""step 22 projects

Revision ID: 7528cbdf4d52
Revises: 1224a32900ed
Create Date: 2025-10-04 10:01:05.685958

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '7528cbdf4d52'
down_revision = '1224a32900ed'
branch_labels = None
depends_on = None


def upgrade():
    op.execute("UPDATE projects SET updated_at = now() WHERE updated_at IS NULL")


def downgrade():
    pass
