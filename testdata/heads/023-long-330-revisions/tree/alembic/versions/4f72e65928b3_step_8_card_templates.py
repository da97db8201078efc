"""step 8 card_templates

Revision ID: 4f72e65928b3
Revises: 02ada953752a
Create Date: 2025-09-13 10:59:20.219752

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '4f72e65928b3'
down_revision = '02ada953752a'
branch_labels = None
depends_on = None


def upgrade():
    op.create_index(op.f('ix_card_templates_name'), 'card_templates', ['name'], unique=False)


def downgrade():
    op.drop_index(op.f('ix_card_templates_name'), table_name='card_templates')
