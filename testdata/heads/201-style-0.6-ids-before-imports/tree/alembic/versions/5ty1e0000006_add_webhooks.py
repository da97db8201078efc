"""add webhooks

Revision ID: 5ty1e0000006
Revises: 5ty1e0000004
Create Date: 2025-09-08 11:19:52.905565

"""

# revision identifiers, used by Alembic.
revision = '5ty1e0000006'
down_revision = '5ty1e0000004'

from alembic import op
import sqlalchemy as sa


def upgrade():
    op.create_table(
        'sessions',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=255), nullable=False),
        sa.Column('created_at', sa.DateTime(), server_default=sa.text('now()'), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )


def downgrade():
    op.drop_table('sessions')
