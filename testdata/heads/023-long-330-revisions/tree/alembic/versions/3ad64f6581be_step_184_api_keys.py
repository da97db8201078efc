"""step 184 api_keys

Revision ID: 3ad64f6581be
Revises: c1fe84aec5da
Create Date: 2026-06-04 11:07:23.652056

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '3ad64f6581be'
down_revision = 'c1fe84aec5da'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
