"""look-alikes in code blocks

Revision ID: la000003
Revises: la000001
"""
import sys
from typing import TYPE_CHECKING

from alembic import op

revision = 'la000003'
down_revision = 'la000001'
branch_labels = None

if TYPE_CHECKING:
    revision = 'la_type_checking'
    down_revision = 'la_missing'

if sys.version_info < (3, 0):
    revision = 'la_py2'
elif sys.version_info < (3, 4):
    branch_labels = ('old_python',)

class Meta:
    revision = 'la_class_attr'
    down_revision = 'la_missing'


def helper():
    revision = 'la_local'
    global_down = 'x'
    return revision


def upgrade():
    down_revision = 'la_local_in_upgrade'
    op.execute("SELECT 1")


def downgrade():
    pass


for _ in ():
    revision = 'la_loop'
while False:
    down_revision = 'la_while'
try:
    pass
except ImportError:
    revision = 'la_except'
_ = lambda: 'revision = la_lambda'
