"""percent formatting

Revision ID: 2026_invoices
Revises: 2026_orders
"""
PREFIX = '2026'
revision = '%s_invoices' % PREFIX
down_revision = '%s_%s' % (PREFIX, 'orders')

def upgrade():
    pass


def downgrade():
    pass
