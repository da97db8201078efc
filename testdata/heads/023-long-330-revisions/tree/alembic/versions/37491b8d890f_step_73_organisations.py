"""step 73 organisations

Revision ID: 37491b8d890f
Revises: 84bfcdd350bd
Create Date: 2025-12-19 15:03:45.027137

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '37491b8d890f'
down_revision = '84bfcdd350bd'
branch_labels = None
depends_on = None


def upgrade():
    op.create_index(op.f('ix_organisations_name'), 'organisations', ['name'], unique=False)


def downgrade():
    op.drop_index(op.f('ix_organisations_name'), table_name='organisations')
