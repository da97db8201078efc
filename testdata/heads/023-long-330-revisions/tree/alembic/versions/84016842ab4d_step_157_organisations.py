"""step 157 organisations

Revision ID: 84016842ab4d
Revises: 52eef37bda3d
Create Date: 2026-04-24 19:16:20.824373

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '84016842ab4d'
down_revision = '52eef37bda3d'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("UPDATE organisations SET updated_at = now() WHERE updated_at IS NULL")


def downgrade() -> None:
    pass
