"""step 60 users

Revision ID: 710e8b0f30ab
Revises: a19c2b60f6cf
Create Date: 2025-11-30 11:14:27.665660

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '710e8b0f30ab'
down_revision = 'a19c2b60f6cf'
branch_labels = None
depends_on = None


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
