"""merge heads

Revision ID: 5ty1e0000004
Revises: 5ty1e0000002, 5ty1e0000003
Create Date: 2025-09-05 19:53:54.696107

"""

# revision identifiers, used by Alembic.
revision = '5ty1e0000004'
down_revision = ('5ty1e0000002', '5ty1e0000003')

from alembic import op
import sqlalchemy as sa


def upgrade():
    pass


def downgrade():
    pass
