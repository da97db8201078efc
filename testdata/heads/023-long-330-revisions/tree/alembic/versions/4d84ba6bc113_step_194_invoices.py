"""step 194 invoices

Revision ID: 4d84ba6bc113
Revises: b76c6186b547
Create Date: 2026-06-19 14:17:13.699346

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '4d84ba6bc113'
down_revision = 'b76c6186b547'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
