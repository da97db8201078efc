"""add tenant overrides

Revision ID: 004
Revises: 003
Create Date: 2025-09-05 19:53:54.696107

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '004'
down_revision: Union[str, None] = '003'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_index(op.f('ix_audit_log_name'), 'audit_log', ['name'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_audit_log_name'), table_name='audit_log')
