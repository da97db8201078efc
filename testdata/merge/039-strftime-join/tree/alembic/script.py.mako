<%!
import re
%>"""${message}

Revision ID: ${up_revision}
Revises: ${", ".join(down_revision)}
Create Date: ${create_date.strftime("%Y-%m-%d %H:%M")} (${create_date.strftime("%A %d %B %Y, %I:%M %p")})
Year: ${create_date.year}, parents: ${len(down_revision)}

"""
from alembic import op

revision = ${repr(up_revision)}
down_revision = ${repr(down_revision)}
branch_labels = ${repr(branch_labels)}
depends_on = ${repr(depends_on)}
slug_words = ${repr(re.split(r"\s+", message))}


def upgrade() -> None:
    ${upgrades if upgrades else "pass"}


def downgrade() -> None:
    ${downgrades if downgrades else "pass"}
