"""step 160 api_keys

Revision ID: 27449e6e2945
Revises: 39bf78d4b28c
Create Date: 2026-04-29 18:54:48.138560

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '27449e6e2945'
down_revision = '39bf78d4b28c'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'api_keys',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=255), nullable=False),
        sa.Column('created_at', sa.DateTime(), server_default=sa.text('now()'), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )


def downgrade() -> None:
    op.drop_table('api_keys')
