"""step 243 audit_log

Revision ID: 6f16f9c48b88
Revises: 337b322469a7
Create Date: 2026-08-31 16:53:54.831067

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '6f16f9c48b88'
down_revision: Union[str, Sequence[str], None] = '337b322469a7'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_index(op.f('ix_audit_log_name'), 'audit_log', ['name'], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_index(op.f('ix_audit_log_name'), table_name='audit_log')
