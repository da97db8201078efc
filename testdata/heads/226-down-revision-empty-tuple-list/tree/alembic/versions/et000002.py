"""empty tuple is a base"""
revision = "et000002"
down_revision = ()
def upgrade():
    pass
def downgrade():
    pass
