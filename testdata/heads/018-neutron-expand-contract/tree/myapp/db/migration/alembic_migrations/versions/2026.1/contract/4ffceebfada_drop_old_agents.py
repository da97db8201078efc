"""drop old agents

Revision ID: 4ffceebfada
Revises: 30018084ec99
Create Date: 2025-09-08 11:19:52.905565

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '4ffceebfada'
down_revision = '30018084ec99'
branch_labels = None
depends_on = ('45f955889773',)


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
