"""step 84 users

Revision ID: 72213fb63c91
Revises: 633adc8df07a
Create Date: 2026-01-05 14:27:04.179156

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '72213fb63c91'
down_revision = '633adc8df07a'
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
