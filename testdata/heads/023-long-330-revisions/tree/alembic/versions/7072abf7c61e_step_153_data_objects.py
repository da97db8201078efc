"""step 153 data_objects

Revision ID: 7072abf7c61e
Revises: 8767cd791595
Create Date: 2026-04-18 13:24:24.405457

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '7072abf7c61e'
down_revision = '8767cd791595'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(op.f('ix_data_objects_name'), 'data_objects', ['name'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_data_objects_name'), table_name='data_objects')
