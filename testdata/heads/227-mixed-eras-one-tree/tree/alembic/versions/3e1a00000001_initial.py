"""initial

Revision ID: 3e1a00000001
Revises: 
Create Date: 2025-09-01 09:14:27.381920

"""

# revision identifiers, used by Alembic.
revision = '3e1a00000001'
down_revision = None

from alembic import op
import sqlalchemy as sa


def upgrade():
    op.create_table(
        'users',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=255), nullable=False),
        sa.Column('created_at', sa.DateTime(), server_default=sa.text('now()'), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )


def downgrade():
    op.drop_table('users')
