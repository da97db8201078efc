"""${message}

Revision ID: ${up_revision}
Revises: ${down_revision | comma,n}
Create Date: ${create_date}

"""  # noqa: D400
from __future__ import annotations

import typing as tp

from alembic import op
import sqlalchemy as sa
${imports if imports else ""}

# revision identifiers, used by Alembic.
revision: str = ${repr(up_revision)}
down_revision: str | tuple[str, ...] | None = ${repr(down_revision)}
branch_labels: tp.Optional[tp.Sequence[str]] = ${repr(branch_labels)}
depends_on: tp.Optional[tp.Sequence[str]] = ${repr(depends_on)}
parents = ${repr(", ".join(down_revision) if down_revision is not None and not down_revision == str(down_revision) else down_revision)}
labels = ${repr(list(branch_labels)) if branch_labels else None}


def upgrade() -> None:  # noqa: D103
    ${upgrades if upgrades else "pass"}


def downgrade() -> None:  # noqa: D103
    ${downgrades if downgrades else "pass"}
