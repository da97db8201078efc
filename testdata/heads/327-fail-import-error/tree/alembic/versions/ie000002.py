"""imports the application"""
from myapp.models import Base  # not importable here

revision = 'ie000002'
down_revision = 'ie000001'
def upgrade():
    pass
def downgrade():
    pass
