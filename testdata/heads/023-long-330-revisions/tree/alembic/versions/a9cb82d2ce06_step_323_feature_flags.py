"""step 323 feature_flags

Revision ID: a9cb82d2ce06
Revises: d756bd8b2233
Create Date: 2026-12-29 16:13:35.209387

"""

from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "a9cb82d2ce06"
down_revision: Union[str, Sequence[str], None] = "d756bd8b2233"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_index(op.f("ix_feature_flags_name"), "feature_flags", ["name"], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_index(op.f("ix_feature_flags_name"), table_name="feature_flags")
