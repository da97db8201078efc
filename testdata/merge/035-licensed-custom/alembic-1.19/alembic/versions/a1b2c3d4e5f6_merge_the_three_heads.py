#
# Licensed to the Apache Software Foundation (ASF) under one
# or more contributor license agreements.
#
"""merge the three heads

Revision ID: a1b2c3d4e5f6
Revises: 27c6a30d7c24, 9f8e7d6c5b4a, 5e6f7a8b9c0d
Create Date: 2026-05-24 12:32:07.123456

"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op


# revision identifiers, used by Alembic.
revision = "a1b2c3d4e5f6"
down_revision = ('27c6a30d7c24', '9f8e7d6c5b4a', '5e6f7a8b9c0d')
branch_labels = None
depends_on = None


def upgrade():
    """Apply merge the three heads."""
    pass


def downgrade():
    """Unapply merge the three heads."""
    pass
