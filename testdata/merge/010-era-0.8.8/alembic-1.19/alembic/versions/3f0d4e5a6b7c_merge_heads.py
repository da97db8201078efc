"""merge heads

Revision ID: 3f0d4e5a6b7c
Revises: ae1027a6acf0, 27c6a30d7c24
Create Date: 2026-05-24 12:32:07.123456

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '3f0d4e5a6b7c'
down_revision = ('ae1027a6acf0', '27c6a30d7c24')
branch_labels = None
depends_on = None

def upgrade():
    pass


def downgrade():
    pass
