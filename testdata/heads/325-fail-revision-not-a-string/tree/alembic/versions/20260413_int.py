"""integer id"""
revision = 20260413
down_revision = None
def upgrade():
    pass
def downgrade():
    pass
