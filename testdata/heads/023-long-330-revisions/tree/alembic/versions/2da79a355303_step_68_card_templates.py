"""step 68 card_templates

Revision ID: 2da79a355303
Revises: 930460459299
Create Date: 2025-12-12 12:59:19.503492

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '2da79a355303'
down_revision = '930460459299'
branch_labels = None
depends_on = None


def upgrade():
    op.create_index(op.f('ix_card_templates_name'), 'card_templates', ['name'], unique=False)


def downgrade():
    op.drop_index(op.f('ix_card_templates_name'), table_name='card_templates')
