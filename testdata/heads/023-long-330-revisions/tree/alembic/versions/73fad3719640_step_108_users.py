"""step 108 users

Revision ID: 73fad3719640
Revises: d0e36fd3e0ad
Create Date: 2026-02-10 17:38:39.692652

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '73fad3719640'
down_revision = 'd0e36fd3e0ad'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(op.f('ix_users_name'), 'users', ['name'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_users_name'), table_name='users')
