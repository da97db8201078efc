"""step 33 data_objects

Revision ID: f78751093e69
Revises: f1e958366f58
Create Date: 2025-10-20 09:24:24.837977

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'f78751093e69'
down_revision = 'f1e958366f58'
branch_labels = None
depends_on = None


def upgrade():
    op.create_index(op.f('ix_data_objects_name'), 'data_objects', ['name'], unique=False)


def downgrade():
    op.drop_index(op.f('ix_data_objects_name'), table_name='data_objects')
