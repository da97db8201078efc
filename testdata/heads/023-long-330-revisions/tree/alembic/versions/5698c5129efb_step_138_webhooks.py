"""step 138 webhooks

Revision ID: 5698c5129efb
Revises: c4788b5a42f7
Create Date: 2026-03-27 19:09:09.834522

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '5698c5129efb'
down_revision = 'c4788b5a42f7'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(op.f('ix_webhooks_name'), 'webhooks', ['name'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_webhooks_name'), table_name='webhooks')
