"""step 113 sessions

Revision ID: 2007c2453144
Revises: 81f82c520f46
Create Date: 2026-02-17 19:44:05.216297

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '2007c2453144'
down_revision = '81f82c520f46'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(op.f('ix_sessions_name'), 'sessions', ['name'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_sessions_name'), table_name='sessions')
