"""step 134 invoices

Revision ID: 565eac444990
Revises: d177afe8c593
Create Date: 2026-03-21 12:17:13.415606

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '565eac444990'
down_revision = 'd177afe8c593'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
