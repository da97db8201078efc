"""semicolons

Revision ID: se000002
Revises: se000001
Create Date: 2025-10-02 11:00:00

"""
from alembic import op; import sqlalchemy as sa

revision = 'se000002'; down_revision = 'se000001'; branch_labels = None; depends_on = None


def upgrade(): op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")


def downgrade(): pass
