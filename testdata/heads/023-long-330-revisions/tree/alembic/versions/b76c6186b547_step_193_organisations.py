"""step 193 organisations

Revision ID: b76c6186b547
Revises: d37645f8dfda
Create Date: 2026-06-17 19:03:44.594617

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'b76c6186b547'
down_revision = 'd37645f8dfda'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(op.f('ix_organisations_name'), 'organisations', ['name'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_organisations_name'), table_name='organisations')
