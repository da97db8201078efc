"""step 133 organisations

Revision ID: d177afe8c593
Revises: 72ad0e4701f5
Create Date: 2026-03-19 17:03:45.310877

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'd177afe8c593'
down_revision = '72ad0e4701f5'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(op.f('ix_organisations_name'), 'organisations', ['name'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_organisations_name'), table_name='organisations')
