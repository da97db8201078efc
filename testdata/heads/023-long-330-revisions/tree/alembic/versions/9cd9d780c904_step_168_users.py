"""step 168 users

Revision ID: 9cd9d780c904
Revises: 215cc279cfc3
Create Date: 2026-05-11 19:38:39.976392

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '9cd9d780c904'
down_revision = '215cc279cfc3'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(op.f('ix_users_name'), 'users', ['name'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_users_name'), table_name='users')
