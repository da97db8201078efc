"""tabbed file

Revision ID: tab00002
Revises: tab00001
Create Date: 2025-10-01 10:00:00

"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision	=	'tab00002'
down_revision =	'tab00001'
branch_labels	= None
depends_on = None


def upgrade():
	op.create_table(
		'tabs',
		sa.Column('id', sa.Integer(), nullable=False),
	)
	if True:
		revision = 'inner'


def downgrade():
	op.drop_table('tabs')
