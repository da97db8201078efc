"""triple quotes"""
revision = '''px000004'''
down_revision = """px000002"""
def upgrade():
    pass

def downgrade():
    pass
