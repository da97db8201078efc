"""create invoices

Revision ID: 3f0d4e5a6b7c
Revises: 27c6a30d7c24
Create Date: 2025-09-05 19:53:54.696107

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '3f0d4e5a6b7c'
down_revision: Union[str, Sequence[str], None] = '27c6a30d7c24'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_index(op.f('ix_audit_log_name'), 'audit_log', ['name'], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_index(op.f('ix_audit_log_name'), table_name='audit_log')
