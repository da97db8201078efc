"""look-alikes in text

revision = 'la_docstring'
down_revision = None

Revision ID: la000002
Revises: la000001
"""
# revision = 'la_comment'
#down_revision = 'la_comment_parent'
NOTE = """
revision = 'la_string'
down_revision = None
"""
HELP = 'revision = "la_str2"'
revision_old = 'la_prefixed_name'
old_down_revision = 'la_missing'
revision = 'la000002'  # revision = 'la_trailing_comment'
down_revision = 'la000001'


def upgrade():
    pass


def downgrade():
    pass
