"""analytics events

Revision ID: e0000002
Revises: e0000001
Create Date: 2025-09-07 16:07:23.800836

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'e0000002'
down_revision = 'e0000001'
branch_labels = None
depends_on = ['d0000002', 'd0000003']


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
