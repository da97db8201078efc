# -*- coding: latin-1 -*-
"""Ajout de la colonne `année` (café)

Revision ID: l1000002
Revises: l1000001
Create Date: 2025-09-04 12:41:25.591378

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'l1000002'
down_revision: Union[str, Sequence[str], None] = 'l1000001'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.add_column('factures', sa.Column('année', sa.Integer(), nullable=True))  # défaut: ø


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_column('factures', 'année')
