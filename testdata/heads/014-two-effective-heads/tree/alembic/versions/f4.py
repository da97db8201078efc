"""needs both

Revision ID: f00d0004
Revises: f00d0001
Create Date: 2025-09-05 19:53:54.696107

"""

from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "f00d0004"
down_revision: Union[str, Sequence[str], None] = "f00d0001"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = (
    "f00d0002",
    "f00d0003",
)


def upgrade() -> None:
    """Upgrade schema."""
    op.create_index(op.f("ix_audit_log_name"), "audit_log", ["name"], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_index(op.f("ix_audit_log_name"), table_name="audit_log")
