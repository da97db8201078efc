"""bare two-tuple merge"""
revision = "bt000004"
down_revision = "bt000002", "bt000003"
def upgrade():
    pass

def downgrade():
    pass
