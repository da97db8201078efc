"""merge  the heads

Revision ID: 5f5f5f5f5f5f
Revises: ae1027a6acf0, 27c6a30d7c24
Create Date: 2026-05-24 12:32 (Sunday 24 May 2026, 12:32 PM)
Year: 2026, parents: 2

"""
from alembic import op

revision = '5f5f5f5f5f5f'
down_revision = ('ae1027a6acf0', '27c6a30d7c24')
branch_labels = None
depends_on = None
slug_words = ['merge', 'the', 'heads']


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
