"""feature more

Revision ID: cccc0001
Revises: bbbb0001
Create Date: 2025-09-04 12:41:25.591378

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'cccc0001'
down_revision = 'bbbb0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("UPDATE invoices SET updated_at = now() WHERE updated_at IS NULL")


def downgrade() -> None:
    pass
