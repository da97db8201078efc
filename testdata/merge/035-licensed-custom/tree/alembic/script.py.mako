#
# Licensed to the Apache Software Foundation (ASF) under one
# or more contributor license agreements.
#
"""${message}

Revision ID: ${up_revision}
Revises: ${down_revision | comma,n}
Create Date: ${create_date}

"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op
${imports if imports else ""}

# revision identifiers, used by Alembic.
revision = "${up_revision}"
down_revision = ${repr(down_revision)}
branch_labels = ${repr(branch_labels)}
depends_on = ${repr(depends_on)}


def upgrade():
    """Apply ${message}."""
    ${upgrades if upgrades else "pass"}


def downgrade():
    """Unapply ${message}."""
    ${downgrades if downgrades else "pass"}
