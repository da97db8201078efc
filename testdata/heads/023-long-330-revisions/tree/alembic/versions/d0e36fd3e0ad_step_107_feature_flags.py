"""step 107 feature_flags

Revision ID: d0e36fd3e0ad
Revises: c34742c49f1f
Create Date: 2026-02-08 10:26:10.587923

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'd0e36fd3e0ad'
down_revision = 'c34742c49f1f'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("UPDATE feature_flags SET updated_at = now() WHERE updated_at IS NULL")


def downgrade() -> None:
    pass
