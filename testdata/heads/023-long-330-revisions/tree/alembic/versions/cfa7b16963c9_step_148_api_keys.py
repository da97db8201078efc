"""step 148 api_keys

Revision ID: cfa7b16963c9
Revises: c008aee75341
Create Date: 2026-04-11 11:18:59.881812

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'cfa7b16963c9'
down_revision = 'c008aee75341'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(op.f('ix_api_keys_name'), 'api_keys', ['name'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_api_keys_name'), table_name='api_keys')
