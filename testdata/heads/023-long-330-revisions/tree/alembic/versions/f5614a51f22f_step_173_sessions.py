"""step 173 sessions

Revision ID: f5614a51f22f
Revises: 2239bccba4d3
Create Date: 2026-05-18 10:44:04.500037

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'f5614a51f22f'
down_revision = '2239bccba4d3'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(op.f('ix_sessions_name'), 'sessions', ['name'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_sessions_name'), table_name='sessions')
