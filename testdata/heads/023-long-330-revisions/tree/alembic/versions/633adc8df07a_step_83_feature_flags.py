"""step 83 feature_flags

Revision ID: 633adc8df07a
Revises: 7678679fa005
Create Date: 2026-01-03 19:13:35.074427

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '633adc8df07a'
down_revision = '7678679fa005'
branch_labels = None
depends_on = None


def upgrade():
    op.create_index(op.f('ix_feature_flags_name'), 'feature_flags', ['name'], unique=False)


def downgrade():
    op.drop_index(op.f('ix_feature_flags_name'), table_name='feature_flags')
