"""step 128 card_templates

Revision ID: 1ac95e2e8127
Revises: 3d2edf8b3283
Create Date: 2026-03-12 14:59:19.787232

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '1ac95e2e8127'
down_revision = '3d2edf8b3283'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(op.f('ix_card_templates_name'), 'card_templates', ['name'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_card_templates_name'), table_name='card_templates')
