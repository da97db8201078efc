"""computed id

Revision ID: (computed)
Revises: cp000001
"""
import hashlib

from alembic import op


def make_id(seed='payments-v2'):
    return hashlib.sha1(seed.encode()).hexdigest()[:12]


revision = make_id()
down_revision = 'cp000001'
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
