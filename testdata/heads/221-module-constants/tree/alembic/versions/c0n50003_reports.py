"""reports

Revision ID: c0n50003
Revises: BASE_REVISION
Create Date: 2025-09-05 19:53:54.696107

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

from myapp.migrations.ids import BASE_REVISION, BILLING_HEAD


# revision identifiers, used by Alembic.
revision: str = 'c0n50003'
down_revision: Union[str, Sequence[str], None] = BASE_REVISION
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = BILLING_HEAD


def upgrade() -> None:
    """Upgrade schema."""
    op.create_index(op.f('ix_audit_log_name'), 'audit_log', ['name'], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_index(op.f('ix_audit_log_name'), table_name='audit_log')
