"""merge heads

Revision ID: 3f0d4e5a6b7c
Revises: ae1027a6acf0, 27c6a30d7c24
Create Date: 2026-05-24 12:32:07.123456

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '3f0d4e5a6b7c'
down_revision: Union[str, Sequence[str], None] = ('ae1027a6acf0', '27c6a30d7c24')
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade(engine_name: str) -> None:
    """Upgrade schema."""
    globals()["upgrade_%s" % engine_name]()


def downgrade(engine_name: str) -> None:
    """Downgrade schema."""
    globals()["downgrade_%s" % engine_name]()





def upgrade_engine1() -> None:
    """Upgrade engine1 schema."""
    pass


def downgrade_engine1() -> None:
    """Downgrade engine1 schema."""
    pass


def upgrade_engine2() -> None:
    """Upgrade engine2 schema."""
    pass


def downgrade_engine2() -> None:
    """Downgrade engine2 schema."""
    pass

