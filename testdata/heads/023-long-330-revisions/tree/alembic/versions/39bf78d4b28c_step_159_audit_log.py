"""step 159 audit_log

Revision ID: 39bf78d4b28c
Revises: fdf504360f63
Create Date: 2026-04-27 11:42:19.033831

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '39bf78d4b28c'
down_revision = 'fdf504360f63'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
