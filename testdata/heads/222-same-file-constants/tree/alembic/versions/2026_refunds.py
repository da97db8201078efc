"""f-string and lower()

Revision ID: 2026_refunds
Revises: 2026_invoices
"""
YEAR = 2026
NAME = 'REFUNDS'
revision = f'{YEAR}_{NAME.lower()}'
down_revision = '2026_INVOICES'.lower()
depends_on = f"{YEAR}_orders"

def upgrade():
    pass


def downgrade():
    pass
