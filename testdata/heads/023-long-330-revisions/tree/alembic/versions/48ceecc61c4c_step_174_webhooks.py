"""step 174 webhooks

Revision ID: 48ceecc61c4c
Revises: f5614a51f22f
Create Date: 2026-05-20 17:56:33.604766

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '48ceecc61c4c'
down_revision = 'f5614a51f22f'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
