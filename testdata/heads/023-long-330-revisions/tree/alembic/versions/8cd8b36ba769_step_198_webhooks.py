"""step 198 webhooks

Revision ID: 8cd8b36ba769
Revises: 2db566d7893e
Create Date: 2026-06-25 10:09:10.118262

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '8cd8b36ba769'
down_revision = '2db566d7893e'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(op.f('ix_webhooks_name'), 'webhooks', ['name'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_webhooks_name'), table_name='webhooks')
