"""step 119 feature_flags

Revision ID: 5b7f30c0d70c
Revises: 7bd90e3320d9
Create Date: 2026-02-26 18:01:58.844671

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '5b7f30c0d70c'
down_revision = '7bd90e3320d9'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
