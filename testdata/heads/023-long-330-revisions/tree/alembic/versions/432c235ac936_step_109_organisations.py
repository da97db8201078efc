"""step 109 organisations

Revision ID: 432c235ac936
Revises: 73fad3719640
Create Date: 2026-02-11 13:52:08.797381

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '432c235ac936'
down_revision = '73fad3719640'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
