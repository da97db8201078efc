"""step 140 card_templates

Revision ID: 39c63e36eaad
Revises: 9624035c9d80
Create Date: 2026-03-30 10:35:08.043980

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '39c63e36eaad'
down_revision = '9624035c9d80'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'card_templates',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=255), nullable=False),
        sa.Column('created_at', sa.DateTime(), server_default=sa.text('now()'), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )


def downgrade() -> None:
    op.drop_table('card_templates')
