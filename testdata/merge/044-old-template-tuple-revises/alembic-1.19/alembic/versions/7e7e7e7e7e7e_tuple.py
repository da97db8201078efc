"""tuple

Revision ID: 7e7e7e7e7e7e
Revises: ('27c6a30d7c24', '9f8e7d6c5b4a', '5e6f7a8b9c0d')
Create Date: 2026-05-24 12:32:07.123456

"""

# revision identifiers, used by Alembic.
revision = "7e7e7e7e7e7e"
down_revision = ('27c6a30d7c24', '9f8e7d6c5b4a', '5e6f7a8b9c0d')

from alembic import op
import sqlalchemy as sa


def upgrade():
    pass


def downgrade():
    pass
