
"""control

Revision ID: c0c0c0c0c0c0
Merges:
    - 27c6a30d7c24
    - 9f8e7d6c5b4a
    - 5e6f7a8b9c0d
Create Date: 2026-05-24 12:32:07.123456
% is a literal percent only at the start of a line, and this line is joined to the one above.
"""
from alembic import op
import sqlalchemy as sa

revision = 'c0c0c0c0c0c0'
down_revision = ('27c6a30d7c24', '9f8e7d6c5b4a', '5e6f7a8b9c0d')
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
