"""step 328 api_keys

Revision ID: c557b1e0a57f
Revises: 4989d6812084
Create Date: 2027-01-06 17:18:59.733032

"""

from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "c557b1e0a57f"
down_revision: Union[str, Sequence[str], None] = "4989d6812084"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_index(op.f("ix_api_keys_name"), "api_keys", ["name"], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_index(op.f("ix_api_keys_name"), table_name="api_keys")
