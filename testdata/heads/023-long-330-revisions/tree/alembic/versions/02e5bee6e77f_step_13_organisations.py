"""step 13 organisations

Revision ID: 02e5bee6e77f
Revises: 9a27f901698c
Create Date: 2025-09-20 13:03:44.743397

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '02e5bee6e77f'
down_revision = '9a27f901698c'
branch_labels = None
depends_on = None


def upgrade():
    op.create_index(op.f('ix_organisations_name'), 'organisations', ['name'], unique=False)


def downgrade():
    op.drop_index(op.f('ix_organisations_name'), table_name='organisations')
