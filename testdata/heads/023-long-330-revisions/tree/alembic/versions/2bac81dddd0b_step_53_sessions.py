"""step 53 sessions

Revision ID: 2bac81dddd0b
Revises: 3fc4b3f4b8f8
Create Date: 2025-11-19 17:44:04.932557

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '2bac81dddd0b'
down_revision = '3fc4b3f4b8f8'
branch_labels = None
depends_on = None


def upgrade():
    op.create_index(op.f('ix_sessions_name'), 'sessions', ['name'], unique=False)


def downgrade():
    op.drop_index(op.f('ix_sessions_name'), table_name='sessions')
