"""single-element list"""
revision = "li000005"
down_revision = ["li000004"]
depends_on = ['li000003']
def upgrade():
    pass

def downgrade():
    pass
