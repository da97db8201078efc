"""step 188 card_templates

Revision ID: 163068d23f56
Revises: 8d0666c53e64
Create Date: 2026-06-10 16:59:20.070972

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '163068d23f56'
down_revision = '8d0666c53e64'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(op.f('ix_card_templates_name'), 'card_templates', ['name'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_card_templates_name'), table_name='card_templates')
