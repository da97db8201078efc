"""step 164 card_templates

Revision ID: 41efe364d659
Revises: 8fb04f557f5f
Create Date: 2026-05-05 13:46:43.557476

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '41efe364d659'
down_revision = '8fb04f557f5f'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
