"""step 88 api_keys

Revision ID: 8475864c44ae
Revises: 2e69116d9a41
Create Date: 2026-01-11 09:18:59.598072

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '8475864c44ae'
down_revision = '2e69116d9a41'
branch_labels = None
depends_on = None


def upgrade():
    op.create_index(op.f('ix_api_keys_name'), 'api_keys', ['name'], unique=False)


def downgrade():
    op.drop_index(op.f('ix_api_keys_name'), table_name='api_keys')
