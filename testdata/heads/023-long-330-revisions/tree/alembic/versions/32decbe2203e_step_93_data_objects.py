"""step 93 data_objects

Revision ID: 32decbe2203e
Revises: 4ba687ce64d5
Create Date: 2026-01-18 11:24:25.121717

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '32decbe2203e'
down_revision = '4ba687ce64d5'
branch_labels = None
depends_on = None


def upgrade():
    op.create_index(op.f('ix_data_objects_name'), 'data_objects', ['name'], unique=False)


def downgrade():
    op.drop_index(op.f('ix_data_objects_name'), table_name='data_objects')
