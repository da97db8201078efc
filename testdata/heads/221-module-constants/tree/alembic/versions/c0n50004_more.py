"""more billing

Revision ID: c0n50004
Revises: myapp.migrations.ids.BILLING_HEAD
Create Date: 2025-09-07 16:07:23.800836

"""
from alembic import op
import sqlalchemy as sa

import myapp.migrations.ids


# revision identifiers, used by Alembic.
revision = 'c0n50004'
down_revision = myapp.migrations.ids.BILLING_HEAD
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
