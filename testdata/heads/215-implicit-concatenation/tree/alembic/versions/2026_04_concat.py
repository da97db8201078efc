"""implicit concatenation

Revision ID: 2026_04_concat
Revises: 2026_04_base
"""
from alembic import op

revision = '2026_04' '_concat'
down_revision = (
    '2026_04'
    "_base"  # adjacent literals, any quotes
)
branch_labels = None
depends_on = None


def upgrade():
    op.execute(
        "UPDATE t SET a = 1 "
        "WHERE b = 2"
    )


def downgrade():
    pass
