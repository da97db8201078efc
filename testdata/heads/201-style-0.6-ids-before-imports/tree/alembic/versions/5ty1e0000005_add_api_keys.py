"""add api keys

Revision ID: 5ty1e0000005
Revises: 5ty1e0000004
Create Date: 2025-09-07 16:07:23.800836

"""

# revision identifiers, used by Alembic.
revision = '5ty1e0000005'
down_revision = '5ty1e0000004'

from alembic import op
import sqlalchemy as sa


def upgrade():
    pass


def downgrade():
    pass
