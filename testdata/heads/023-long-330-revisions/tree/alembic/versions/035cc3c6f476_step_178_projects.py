"""step 178 projects

Revision ID: 035cc3c6f476
Revises: d1b8ed57f8c5
Create Date: 2026-05-26 12:48:30.023682

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '035cc3c6f476'
down_revision = 'd1b8ed57f8c5'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(op.f('ix_projects_name'), 'projects', ['name'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_projects_name'), table_name='projects')
