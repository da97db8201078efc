"""bare annotation before value

Revision ID: an000003
"""
revision: str
revision = 'an000003'
down_revision: "str | None" = 'an000001'
branch_labels: tuple[str, str] | None = ('annotated',)

def upgrade() -> None:
    pass

def downgrade() -> None:
    pass
