"""step 313 organisations

Revision ID: 716d079ee73a
Revises: d8a9b4557663
Create Date: 2026-12-14 12:03:45.162097

"""

from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "716d079ee73a"
down_revision: Union[str, Sequence[str], None] = "d8a9b4557663"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_index(op.f("ix_organisations_name"), "organisations", ["name"], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_index(op.f("ix_organisations_name"), table_name="organisations")
