"""step 78 webhooks

Revision ID: d611b291ff0f
Revises: 2448fcf615ed
Create Date: 2025-12-27 17:09:09.550782

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'd611b291ff0f'
down_revision = '2448fcf615ed'
branch_labels = None
depends_on = None


def upgrade():
    op.create_index(op.f('ix_webhooks_name'), 'webhooks', ['name'], unique=False)


def downgrade():
    op.drop_index(op.f('ix_webhooks_name'), table_name='webhooks')
