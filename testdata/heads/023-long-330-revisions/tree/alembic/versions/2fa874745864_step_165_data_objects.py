"""step 165 data_objects

Revision ID: 2fa874745864
Revises: 41efe364d659
Create Date: 2026-05-06 10:00:12.662205

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '2fa874745864'
down_revision = '41efe364d659'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'data_objects',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=255), nullable=False),
        sa.Column('created_at', sa.DateTime(), server_default=sa.text('now()'), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )


def downgrade() -> None:
    op.drop_table('data_objects')
