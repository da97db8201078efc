"""step 95 feature_flags

Revision ID: 2b5fd677bb5a
Revises: 63d5d024811f
Create Date: 2026-01-21 14:50:23.331175

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '2b5fd677bb5a'
down_revision = '63d5d024811f'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'feature_flags',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=255), nullable=False),
        sa.Column('created_at', sa.DateTime(), server_default=sa.text('now()'), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )


def downgrade():
    op.drop_table('feature_flags')
