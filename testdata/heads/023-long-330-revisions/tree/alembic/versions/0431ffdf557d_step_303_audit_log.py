"""step 303 audit_log

Revision ID: 0431ffdf557d
Revises: 6db2a0ddf85f
Create Date: 2026-11-29 18:53:55.114807

"""

from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0431ffdf557d"
down_revision: Union[str, Sequence[str], None] = "6db2a0ddf85f"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_index(op.f("ix_audit_log_name"), "audit_log", ["name"], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_index(op.f("ix_audit_log_name"), table_name="audit_log")
