"""empty list is a base"""
revision = "et000003"
down_revision = []
branch_labels = ()
depends_on = []
def upgrade():
    pass
def downgrade():
    pass
