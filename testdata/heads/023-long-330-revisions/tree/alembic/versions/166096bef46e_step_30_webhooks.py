"""step 30 webhooks

Revision ID: 166096bef46e
Revises: 2ef994544174
Create Date: 2025-10-16 10:44:57.523790

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '166096bef46e'
down_revision = '2ef994544174'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'webhooks',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=255), nullable=False),
        sa.Column('created_at', sa.DateTime(), server_default=sa.text('now()'), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )


def downgrade():
    op.drop_table('webhooks')
