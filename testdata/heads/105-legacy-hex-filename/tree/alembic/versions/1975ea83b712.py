"""create account table

Revision ID: 1975ea83b712
Revises: None
Create Date: 2011-11-08 11:40:27.089406

"""

# downgrade revision identifier, used by Alembic.
down_revision = None

from alembic import op
import sqlalchemy as sa

def upgrade():
    pass

def downgrade():
    pass
