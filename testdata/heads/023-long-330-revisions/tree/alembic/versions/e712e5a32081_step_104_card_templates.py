"""step 104 card_templates

Revision ID: e712e5a32081
Revises: 793ba63a9f5f
Create Date: 2026-02-04 11:46:44.273736

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'e712e5a32081'
down_revision = '793ba63a9f5f'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
