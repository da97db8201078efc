"""step 28 api_keys

Revision ID: 8b690b15e93a
Revises: 5678210980eb
Create Date: 2025-10-13 18:19:00.314332

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '8b690b15e93a'
down_revision = '5678210980eb'
branch_labels = None
depends_on = None


def upgrade():
    op.create_index(op.f('ix_api_keys_name'), 'api_keys', ['name'], unique=False)


def downgrade():
    op.drop_index(op.f('ix_api_keys_name'), table_name='api_keys')
