"""step 118 projects

Revision ID: 7bd90e3320d9
Revises: b0e82c76de60
Create Date: 2026-02-25 10:48:29.739942

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '7bd90e3320d9'
down_revision = 'b0e82c76de60'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(op.f('ix_projects_name'), 'projects', ['name'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_projects_name'), table_name='projects')
