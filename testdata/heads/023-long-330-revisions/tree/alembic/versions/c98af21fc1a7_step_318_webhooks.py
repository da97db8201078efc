"""step 318 webhooks

Revision ID: c98af21fc1a7
Revises: bd9d803ecfb9
Create Date: 2026-12-22 14:09:09.685742

"""

from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "c98af21fc1a7"
down_revision: Union[str, Sequence[str], None] = "bd9d803ecfb9"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_index(op.f("ix_webhooks_name"), "webhooks", ["name"], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_index(op.f("ix_webhooks_name"), table_name="webhooks")
