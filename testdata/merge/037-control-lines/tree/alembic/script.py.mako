## A project template with comments, a doc block and control lines.
<%doc>
    Merge revisions list their parents on one line each.
</%doc>
"""${message}

Revision ID: ${up_revision}
% if down_revision is None:
Revises: (base)
% elif comma(down_revision) == down_revision:
Revises: ${down_revision}
% else:
Merges:
    % for parent in down_revision:
    - ${parent}
    % endfor
% endif
Create Date: ${create_date}
%% is a literal percent only at the start of a line, \
and this line is joined to the one above.
"""
from alembic import op
import sqlalchemy as sa

revision = ${repr(up_revision)}
down_revision = ${repr(down_revision)}
branch_labels = ${repr(branch_labels) if branch_labels else None}
depends_on = None


def upgrade() -> None:
    ${upgrades if upgrades else "pass"}


def downgrade() -> None:
    ${downgrades if downgrades else "pass"}
