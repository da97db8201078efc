
"""base

Revision ID: baseba5e0000
Revises: (base)
Create Date: 2026-05-24 12:32:07.123456
% is a literal percent only at the start of a line, and this line is joined to the one above.
"""
from alembic import op
import sqlalchemy as sa

revision = 'baseba5e0000'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
