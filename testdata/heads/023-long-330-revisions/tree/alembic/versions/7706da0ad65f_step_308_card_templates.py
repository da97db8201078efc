"""step 308 card_templates

Revision ID: 7706da0ad65f
Revises: 3679b741e2d9
Create Date: 2026-12-07 09:59:19.638452

"""

from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "7706da0ad65f"
down_revision: Union[str, Sequence[str], None] = "3679b741e2d9"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_index(op.f("ix_card_templates_name"), "card_templates", ["name"], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_index(op.f("ix_card_templates_name"), table_name="card_templates")
