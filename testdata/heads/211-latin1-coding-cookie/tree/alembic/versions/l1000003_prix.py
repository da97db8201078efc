#!/usr/bin/env python
# vim: set fileencoding=iso-8859-15 :
"""Prix en € et taux réduit

Revision ID: l1000003
Revises: l1000001
Create Date: 2025-09-05 19:53:54.696107

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'l1000003'
down_revision = 'l1000001'
branch_labels = None
depends_on = None


def upgrade():
    op.create_index(op.f('ix_audit_log_name'), 'audit_log', ['name'], unique=False)


def downgrade():
    op.drop_index(op.f('ix_audit_log_name'), table_name='audit_log')
