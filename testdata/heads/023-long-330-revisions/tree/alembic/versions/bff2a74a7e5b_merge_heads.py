"""merge heads

Revision ID: bff2a74a7e5b
Revises: 47b02234dec0, ec1fc936cd5f
Create Date: 2026-01-14 12:44:57.807530

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'bff2a74a7e5b'
down_revision = ('47b02234dec0', 'ec1fc936cd5f')
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
