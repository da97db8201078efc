"""left labelled

Revision ID: pp000004
Revises: pp000003
Create Date: 2025-09-05 19:53:54.696107

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'pp000004'
down_revision: Union[str, Sequence[str], None] = 'pp000003'
branch_labels: Union[str, Sequence[str], None] = ('reporting',)
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_index(op.f('ix_audit_log_name'), 'audit_log', ['name'], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_index(op.f('ix_audit_log_name'), table_name='audit_log')
