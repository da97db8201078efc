"""step 65 sessions

Revision ID: 493999335be0
Revises: 83351eda529e
Create Date: 2025-12-07 13:19:53.189305

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '493999335be0'
down_revision = '83351eda529e'
branch_labels = None
depends_on = None


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
