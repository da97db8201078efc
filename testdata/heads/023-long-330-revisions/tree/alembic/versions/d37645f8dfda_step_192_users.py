"""step 192 users

Revision ID: d37645f8dfda
Revises: 2c60c214164e
Create Date: 2026-06-16 11:51:15.489888

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'd37645f8dfda'
down_revision = '2c60c214164e'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("UPDATE users SET updated_at = now() WHERE updated_at IS NULL")


def downgrade() -> None:
    pass
