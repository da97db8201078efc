"""u prefix"""
revision = u'px000002'
down_revision = U"px000001"
def upgrade():
    pass

def downgrade():
    pass
