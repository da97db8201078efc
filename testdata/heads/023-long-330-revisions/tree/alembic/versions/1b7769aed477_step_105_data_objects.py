"""step 105 data_objects

Revision ID: 1b7769aed477
Revises: e712e5a32081
Create Date: 2026-02-05 19:00:13.378465

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '1b7769aed477'
down_revision = 'e712e5a32081'
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
