"""step 143 feature_flags

Revision ID: 698fa2928e3c
Revises: c756629490e9
Create Date: 2026-04-03 10:13:35.358167

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '698fa2928e3c'
down_revision = 'c756629490e9'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(op.f('ix_feature_flags_name'), 'feature_flags', ['name'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_feature_flags_name'), table_name='feature_flags')
