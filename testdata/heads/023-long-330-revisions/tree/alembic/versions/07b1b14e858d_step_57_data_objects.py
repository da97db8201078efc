"""step 57 data_objects

Revision ID: 07b1b14e858d
Revises: 3cd59e675c54
Create Date: 2025-11-25 12:36:01.351473

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '07b1b14e858d'
down_revision = '3cd59e675c54'
branch_labels = None
depends_on = None


def upgrade():
    op.execute("UPDATE data_objects SET updated_at = now() WHERE updated_at IS NULL")


def downgrade():
    pass
