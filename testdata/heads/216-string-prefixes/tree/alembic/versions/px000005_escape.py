"""escapes in a literal"""
revision = 'px\x3000005'  # \x30 is 0
down_revision = 'px000003'
def upgrade():
    pass

def downgrade():
    pass
