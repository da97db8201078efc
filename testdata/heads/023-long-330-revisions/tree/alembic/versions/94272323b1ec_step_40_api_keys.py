"""step 40 api_keys

Revision ID: 94272323b1ec
Revises: 957a0045260c
Create Date: 2025-10-31 14:54:47.571080

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '94272323b1ec'
down_revision = '957a0045260c'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'api_keys',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=255), nullable=False),
        sa.Column('created_at', sa.DateTime(), server_default=sa.text('now()'), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )


def downgrade():
    op.drop_table('api_keys')
