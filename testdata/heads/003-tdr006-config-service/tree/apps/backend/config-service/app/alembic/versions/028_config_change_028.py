"""config change 028

Revision ID: 028
Revises: 027
Create Date: 2025-10-11 12:05:31.209603

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '028'
down_revision: Union[str, None] = '027'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.execute("UPDATE audit_log SET updated_at = now() WHERE updated_at IS NULL")


def downgrade() -> None:
    pass
