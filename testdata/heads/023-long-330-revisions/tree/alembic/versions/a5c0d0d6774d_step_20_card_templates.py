"""step 20 card_templates

Revision ID: a5c0d0d6774d
Revises: 3eb58208941c
Create Date: 2025-10-01 17:35:07.476500

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'a5c0d0d6774d'
down_revision = '3eb58208941c'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'card_templates',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=255), nullable=False),
        sa.Column('created_at', sa.DateTime(), server_default=sa.text('now()'), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )


def downgrade():
    op.drop_table('card_templates')
