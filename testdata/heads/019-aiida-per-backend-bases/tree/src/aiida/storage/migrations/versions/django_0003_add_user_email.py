"""Add user email

Revision ID: django_0003
Revises: django_0002
Create Date: 2025-09-05 19:53:54.696107

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'django_0003'
down_revision: Union[str, None] = 'django_0002'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_index(op.f('ix_audit_log_name'), 'audit_log', ['name'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_audit_log_name'), table_name='audit_log')
