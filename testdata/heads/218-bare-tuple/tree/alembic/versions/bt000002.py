"""bare tuple"""
revision = "bt000002"
down_revision = "bt000001",
branch_labels = "bare",
def upgrade():
    pass

def downgrade():
    pass
