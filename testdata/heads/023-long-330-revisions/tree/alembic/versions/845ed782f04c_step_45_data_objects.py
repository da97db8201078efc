"""step 45 data_objects

Revision ID: 845ed782f04c
Revises: b780204fbc75
Create Date: 2025-11-07 17:00:13.094725

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '845ed782f04c'
down_revision = 'b780204fbc75'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'data_objects',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=255), nullable=False),
        sa.Column('created_at', sa.DateTime(), server_default=sa.text('now()'), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )


def downgrade():
    op.drop_table('data_objects')
