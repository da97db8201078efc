"""step 39 audit_log

Revision ID: 957a0045260c
Revises: 0d7f3c7cb4c8
Create Date: 2025-10-29 18:42:18.466351

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '957a0045260c'
down_revision = '0d7f3c7cb4c8'
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
