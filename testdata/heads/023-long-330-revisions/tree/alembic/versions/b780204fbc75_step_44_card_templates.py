"""step 44 card_templates

Revision ID: b780204fbc75
Revises: 72944388a3de
Create Date: 2025-11-06 09:46:43.989996

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'b780204fbc75'
down_revision = '72944388a3de'
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
