"""step 23 feature_flags

Revision ID: cc85766c2442
Revises: 7528cbdf4d52
Create Date: 2025-10-05 17:13:34.790687

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'cc85766c2442'
down_revision = '7528cbdf4d52'
branch_labels = None
depends_on = None


def upgrade():
    op.create_index(op.f('ix_feature_flags_name'), 'feature_flags', ['name'], unique=False)


def downgrade():
    op.drop_index(op.f('ix_feature_flags_name'), table_name='feature_flags')
