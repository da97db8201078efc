"""step 58 projects

Revision ID: 52ed990423d7
Revises: 07b1b14e858d
Create Date: 2025-11-27 19:48:29.456202

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '52ed990423d7'
down_revision = '07b1b14e858d'
branch_labels = None
depends_on = None


def upgrade():
    op.create_index(op.f('ix_projects_name'), 'projects', ['name'], unique=False)


def downgrade():
    op.drop_index(op.f('ix_projects_name'), table_name='projects')
