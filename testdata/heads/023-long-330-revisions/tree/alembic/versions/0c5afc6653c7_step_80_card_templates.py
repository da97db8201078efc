"""step 80 card_templates

Revision ID: 0c5afc6653c7
Revises: 14f5e9dfbefd
Create Date: 2025-12-30 19:35:07.760240

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0c5afc6653c7'
down_revision = '14f5e9dfbefd'
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
