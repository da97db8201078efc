"""step 18 webhooks

Revision ID: f98047a3fb47
Revises: e6d62076c46e
Create Date: 2025-09-28 15:09:10.267042

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'f98047a3fb47'
down_revision = 'e6d62076c46e'
branch_labels = None
depends_on = None


def upgrade():
    op.create_index(op.f('ix_webhooks_name'), 'webhooks', ['name'], unique=False)


def downgrade():
    op.drop_index(op.f('ix_webhooks_name'), table_name='webhooks')
