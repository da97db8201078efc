"""step 55 payments

Revision ID: 8328e6eacfc6
Revises: 0022dcca8dbf
Create Date: 2025-11-22 10:10:03.142015

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '8328e6eacfc6'
down_revision = '0022dcca8dbf'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'payments',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=255), nullable=False),
        sa.Column('created_at', sa.DateTime(), server_default=sa.text('now()'), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )


def downgrade():
    op.drop_table('payments')
