"""step 7 payments

Revision ID: 02ada953752a
Revises: fa6cd850be5b
Create Date: 2025-09-11 14:45:51.115023

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '02ada953752a'
down_revision = 'fa6cd850be5b'
branch_labels = None
depends_on = None


def upgrade():
    op.execute("UPDATE payments SET updated_at = now() WHERE updated_at IS NULL")


def downgrade():
    pass
