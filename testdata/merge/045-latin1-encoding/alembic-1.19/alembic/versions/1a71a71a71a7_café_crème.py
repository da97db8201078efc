# A latin-1 project; the cookie is on line 2, where Mako leaves it.
# -*- coding: latin-1 -*-
"""café crème

Revision ID: 1a71a71a71a7
Revises: ae1027a6acf0, 27c6a30d7c24
Create Date: 2026-05-24 12:32:07.123456

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '1a71a71a71a7'
down_revision: Union[str, Sequence[str], None] = ('ae1027a6acf0', '27c6a30d7c24')
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    pass


def downgrade() -> None:
    """Downgrade schema."""
    pass
