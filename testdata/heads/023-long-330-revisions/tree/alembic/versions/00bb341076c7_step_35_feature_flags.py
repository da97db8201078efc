"""step 35 feature_flags

Revision ID: 00bb341076c7
Revises: cf6cf76767e5
Create Date: 2025-10-23 12:50:23.047435

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '00bb341076c7'
down_revision = 'cf6cf76767e5'
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
