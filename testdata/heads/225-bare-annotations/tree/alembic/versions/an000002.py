"""bare annotations

Revision ID: an000002
"""
from typing import Optional, Sequence, Union

revision: str = 'an000002'
down_revision: Optional[str] = 'an000001'
branch_labels: Union[str, Sequence[str], None]
depends_on: tuple[str, ...]

def upgrade() -> None:
    pass

def downgrade() -> None:
    pass
