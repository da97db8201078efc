"""step 329 sessions

Revision ID: 5e1346b35f98
Revises: c557b1e0a57f
Create Date: 2027-01-07 13:31:28.837761

"""

from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "5e1346b35f98"
down_revision: Union[str, Sequence[str], None] = "c557b1e0a57f"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    pass


def downgrade() -> None:
    """Downgrade schema."""
    pass
