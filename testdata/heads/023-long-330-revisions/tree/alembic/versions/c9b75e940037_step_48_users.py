"""step 48 users

Revision ID: c9b75e940037
Revises: 63a3b0dc4807
Create Date: 2025-11-12 15:38:39.408912

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'c9b75e940037'
down_revision = '63a3b0dc4807'
branch_labels = None
depends_on = None


def upgrade():
    op.create_index(op.f('ix_users_name'), 'users', ['name'], unique=False)


def downgrade():
    op.drop_index(op.f('ix_users_name'), table_name='users')
