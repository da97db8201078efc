"""raw prefix"""
revision = r'px000003'
down_revision = R"px000001"
branch_labels = r'raw_label'
def upgrade():
    op.execute(r"SELECT '\d+'")

def downgrade():
    pass
