#!/usr/bin/env python3
"""Rebuild onehead's `merge` golden corpus from real Alembic.

What this does
--------------
Every case is defined in this file (see CASES). For each case the script
deletes ``testdata/merge/<NNN-name>/``, writes the Alembic project into
``<case>/tree/`` and the case description into ``<case>/case``, then copies
the tree to a scratch directory and runs, through
``testdata/oracle/alembic_driver.py`` with the clock frozen (``now_us``) and
``TZ`` set:

    alembic merge ARGS...
    alembic heads            (only after a successful merge)

It records ``<case>/alembic-1.19.txtar`` (``-- exit --``, ``-- stdout --``,
``-- stderr-tail --``, ``-- heads --``, ``-- changed --``) and, under
``<case>/alembic-1.19/``, every file the merge created or changed, byte for
byte. Finally it rewrites the case table of ``README.md``.

How to run (from the repository root)
-------------------------------------
    apt-get install -y python3-alembic python3-typing-extensions   # once
    python3 testdata/merge/generate.py
    python3 testdata/merge/generate.py --only 001-generic-two-heads

``--alembic DIR`` is the directory holding the upstream ``alembic`` package
(default: /work/shared/tools/alembic-1.19.2, or $ONEHEAD_ALEMBIC_PYTHONPATH);
it is run with /usr/bin/python3, where Debian's SQLAlchemy and Mako live.
The stock templates are read from that package and from Debian's 1.8.1
(/usr/lib/python3/dist-packages/alembic); the trees store them, so the Go
tests need neither.

Normalisation (the only things changed in recorded output): the scratch
tree's absolute path becomes ``$TREE``, and the temporary file Alembic names
in "Template rendering failed; see <file>" becomes ``$TMPFILE``. stderr is
reduced to its last non-empty line.

The script is stdlib-only and deterministic: running it twice gives
identical files.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DRIVER = os.path.join(ROOT, "testdata", "oracle", "alembic_driver.py")
DEBIAN = "/usr/lib/python3/dist-packages/alembic"
CASE_DIR_RE = re.compile(r"^\d{3}-[a-z0-9][a-z0-9.-]*$")

# 2026-05-24 12:32:07.123456 UTC: microseconds exercise str(datetime).
NOW_US = 1779625927123456

# ---------------------------------------------------------------------------
# Templates
# ---------------------------------------------------------------------------


def stock(package_dir, name):
    with open(os.path.join(package_dir, "templates", name, "script.py.mako"), encoding="utf-8") as f:
        return f.read()


HEADER = '''"""${message}

Revision ID: ${up_revision}
Revises: ${down_revision | comma,n}
Create Date: ${create_date}

"""
'''

BODY_UNTYPED = '''

def upgrade():
    ${upgrades if upgrades else "pass"}


def downgrade():
    ${downgrades if downgrades else "pass"}
'''

IDS_UNTYPED = '''# revision identifiers, used by Alembic.
revision = ${repr(up_revision)}
down_revision = ${repr(down_revision)}
branch_labels = ${repr(branch_labels)}
depends_on = ${repr(depends_on)}
'''

IMPORTS = '''from alembic import op
import sqlalchemy as sa
${imports if imports else ""}
'''

# Alembic <= 0.6: no comma filter, identifiers before the imports, no
# branch_labels/depends_on.
ERA_06 = '''"""${message}

Revision ID: ${up_revision}
Revises: ${down_revision}
Create Date: ${create_date}

"""

# revision identifiers, used by Alembic.
revision = ${repr(up_revision)}
down_revision = ${repr(down_revision)}

''' + IMPORTS + BODY_UNTYPED

# 0.7.0 - 0.8.7: comma filter, labels, still before the imports.
ERA_07 = HEADER + "\n" + IDS_UNTYPED + "\n" + IMPORTS + BODY_UNTYPED

# 0.8.8: imports first, a single blank line before upgrade().
ERA_088 = HEADER + IMPORTS + "\n" + IDS_UNTYPED + BODY_UNTYPED[1:]

# 0.8.9 - 1.7.x: pep8 blank lines.
ERA_089 = HEADER + IMPORTS + "\n" + IDS_UNTYPED + BODY_UNTYPED


def typed(down_annotation, docstrings):
    up = '    """Upgrade schema."""\n' if docstrings else ""
    down = '    """Downgrade schema."""\n' if docstrings else ""
    return HEADER + "from typing import Sequence, Union\n\n" + IMPORTS + '''
# revision identifiers, used by Alembic.
revision: str = ${repr(up_revision)}
down_revision: ''' + down_annotation + ''' = ${repr(down_revision)}
branch_labels: Union[str, Sequence[str], None] = ${repr(branch_labels)}
depends_on: Union[str, Sequence[str], None] = ${repr(depends_on)}


def upgrade() -> None:
''' + up + '''    ${upgrades if upgrades else "pass"}


def downgrade() -> None:
''' + down + '''    ${downgrades if downgrades else "pass"}
'''


# 1.11.2 - 1.14.x and 1.15.0 - 1.16.1.
ERA_1112 = typed("Union[str, None]", False)
ERA_115 = typed("Union[str, None]", True)

# Alembic <= 0.6 multidb: a literal engine list, eval dispatch.
MULTIDB_06 = '''"""${message}

Revision ID: ${up_revision}
Revises: ${down_revision}
Create Date: ${create_date}

"""

# revision identifiers, used by Alembic.
revision = ${repr(up_revision)}
down_revision = ${repr(down_revision)}

from alembic import op
import sqlalchemy as sa
${imports if imports else ""}

def upgrade(engine_name):
    eval("upgrade_%s" % engine_name)()


def downgrade(engine_name):
    eval("downgrade_%s" % engine_name)()


% for engine in ["engine1", "engine2"]:

def upgrade_${engine}():
    ${context.get("%s_upgrades" % engine, "pass")}


def downgrade_${engine}():
    ${context.get("%s_downgrades" % engine, "pass")}

% endfor
'''

# Customisations of the kinds real projects make (see the reference, 5.3).
LICENSED = '''#
# Licensed to the Apache Software Foundation (ASF) under one
# or more contributor license agreements.
#
"""${message}

Revision ID: ${up_revision}
Revises: ${down_revision | comma,n}
Create Date: ${create_date}

"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op
${imports if imports else ""}

# revision identifiers, used by Alembic.
revision = "${up_revision}"
down_revision = ${repr(down_revision)}
branch_labels = ${repr(branch_labels)}
depends_on = ${repr(depends_on)}


def upgrade():
    """Apply ${message}."""
    ${upgrades if upgrades else "pass"}


def downgrade():
    """Unapply ${message}."""
    ${downgrades if downgrades else "pass"}
'''

SQLMODEL = '''"""${message}

Revision ID: ${up_revision}
Revises: ${down_revision | comma,n}
Create Date: ${create_date}

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
${imports if imports else ""}

# revision identifiers, used by Alembic.
revision = ${repr(up_revision)}
down_revision = ${repr(down_revision)}
branch_labels: tuple[str] | None = ${repr(branch_labels)}
depends_on: tuple[str] | None = ${repr(depends_on)}


def upgrade() -> None:
    ${upgrades if upgrades else "pass"}


def downgrade() -> None:
    ${downgrades if downgrades else "pass"}
'''

CONTROL = '''## A project template with comments, a doc block and control lines.
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
%% is a literal percent only at the start of a line, \\
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
'''

STRFTIME = '''<%!
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
slug_words = ${repr(re.split(r"\\s+", message))}


def upgrade() -> None:
    ${upgrades if upgrades else "pass"}


def downgrade() -> None:
    ${downgrades if downgrades else "pass"}
'''

# Superset-style: the tuple repr in Revises, no branch_labels lines.
NO_LABELS = '''"""${message}

Revision ID: ${up_revision}
Revises: ${down_revision}
Create Date: ${create_date}

"""

# revision identifiers, used by Alembic.
revision = "${up_revision}"
down_revision = ${repr(down_revision)}

from alembic import op
import sqlalchemy as sa


def upgrade():
    pass


def downgrade():
    pass
'''

# mlflow-style: no Revision ID/Revises lines, no trailing newline.
TERSE = '''"""${message}

Create Date: ${create_date}
"""
from alembic import op

# revision identifiers, used by Alembic.
revision = ${repr(up_revision)}
down_revision = ${repr(down_revision)}
branch_labels = ${repr(branch_labels)}
depends_on = ${repr(depends_on)}


def upgrade():
    pass


def downgrade():
    pass'''

# A bare ${imports}: undefined, so Mako raises NameError.
BARE_IMPORTS = HEADER + "from alembic import op\n${imports}\n" + IDS_UNTYPED + BODY_UNTYPED

# ---------------------------------------------------------------------------
# Trees
# ---------------------------------------------------------------------------

INI = """[alembic]
script_location = %(here)s/alembic
path_separator = os
"""


def revision_file(rev, down, labels=None, depends=None, doc=None, date="2026-04-13 10:00:00.000000"):
    def lit(v):
        if v is None:
            return "None"
        if isinstance(v, str):
            return repr(v)
        return "(" + ", ".join(repr(x) for x in v) + ("," if len(v) == 1 else "") + ")"

    revises = ", ".join(down) if isinstance(down, tuple) else (down or "")
    return (
        f'"""{doc or "revision " + rev}\n\nRevision ID: {rev}\nRevises: {revises}\nCreate Date: {date}\n\n"""\n'
        "from typing import Sequence, Union\n\nfrom alembic import op\nimport sqlalchemy as sa\n\n\n"
        "# revision identifiers, used by Alembic.\n"
        f"revision: str = {rev!r}\n"
        f"down_revision: Union[str, Sequence[str], None] = {lit(down)}\n"
        f"branch_labels: Union[str, Sequence[str], None] = {lit(labels)}\n"
        f"depends_on: Union[str, Sequence[str], None] = {lit(depends)}\n\n\n"
        'def upgrade() -> None:\n    """Upgrade schema."""\n    pass\n\n\n'
        'def downgrade() -> None:\n    """Downgrade schema."""\n    pass\n'
    )


A, B, C, D = "1a2b3c4d5e6f", "ae1027a6acf0", "27c6a30d7c24", "9f8e7d6c5b4a"


def tree(template, revisions, ini=INI, versions="alembic/versions", extra=None):
    """A project: ini, template, and revision files given as
    (file name, rev, down, options) in the versions directory (or a path
    with a slash, relative to the tree)."""
    files = {"alembic/script.py.mako": template}
    if ini is not None:
        files["alembic.ini"] = ini
    for name, rev, down, *opts in revisions:
        path = name if "/" in name else f"{versions}/{name}"
        files[path] = revision_file(rev, down, **(opts[0] if opts else {}))
    files.update(extra or {})
    return files


def two_heads(template, **kw):
    return tree(template, [("a1.py", A, None), ("b1.py", B, A), ("c1.py", C, A)], **kw)


def three_heads(template, **kw):
    return tree(template, [("a1.py", A, None), ("b1.py", B, A), ("c1.py", C, A), ("d1.py", D, B)] +
                [("e1.py", "5e6f7a8b9c0d", A)], **kw)


def tdr006(template, **kw):
    chain = [
        ("20260101_initial.py", "20260101_initial", None, {"date": "2026-01-01 09:00:00.000000"}),
        ("20260308_add_data_objects_retracted_at.py", "20260308_add_data_objects_retracted_at", "20260101_initial",
         {"date": "2026-03-08 11:12:13.141516"}),
        ("20260408_cached_thoughts.py", "20260408_cached_thoughts", "20260308_add_data_objects_retracted_at",
         {"date": "2026-04-08 08:00:00"}),
        ("20260413_drop_card_templates_table.py", "20260413_drop_card_templates", "20260308_add_data_objects_retracted_at",
         {"date": "2026-04-13 16:45:00.000001"}),
        ("20260414_add_payment_tables.py", "20260414_payment_tables", "20260408_cached_thoughts",
         {"date": "2026-04-14 10:00:00.500000"}),
        ("20260417_purchase_correlation_id_and_user_default_pm.py", "20260417_purchase_correlation_id_and_user_default_pm",
         "20260414_payment_tables", {"date": "2026-04-17 10:00:00.000000"}),
        ("20260422_purchase_plaintext_columns.py", "20260422_purchase_plaintext_columns",
         "20260417_purchase_correlation_id_and_user_default_pm", {"date": "2026-04-22 18:30:59.999999"}),
    ]
    return tree(template, chain, **kw)


def labelled(template, **kw):
    return tree(template, [("a1.py", A, None), ("b1.py", B, A, {"labels": ("feature",)}),
                           ("c1.py", C, A, {"labels": ("other",)}), ("d1.py", D, C)], **kw)


def effective(template, **kw):
    return tree(template, [("a1.py", A, None), ("b1.py", B, A), ("c1.py", C, A, {"depends": B})], **kw)


def numbered(template, **kw):
    return tree(template, [("0001_init.py", "0001", None), ("0002_users.py", "0002", "0001"),
                           ("0003_orders.py", "0003", "0001")], **kw)


def multi_location(template, **kw):
    ini = INI + "version_locations = %(here)s/alembic/versions:%(here)s/loc2:%(here)s/loc3\n"
    return tree(template, [("a1.py", A, None), ("loc2/b1.py", B, A), ("c1.py", C, A)], ini=ini,
                extra={"loc3/.keep": ""}, **kw)


def recursive_dated(template, **kw):
    ini = INI + ("recursive_version_locations = true\n"
                 "file_template = %%(year)d/%%(month).2d_%%(rev)s_%%(slug)s\n")
    return tree(template, [("a1.py", A, None), ("2026/04_b1.py", B, A), ("c1.py", C, A)], ini=ini, **kw)


def load_stock():
    up = os.path.join(ALEMBIC_DIR, "alembic")
    return {
        "g19": stock(up, "generic"), "m19": stock(up, "multidb"),
        "g18": stock(DEBIAN, "generic"), "m18": stock(DEBIAN, "multidb"),
    }


def cases(t):
    """The corpus: (name, note, files, argv, options)."""
    g19, m19, g18, m18 = t["g19"], t["m19"], t["g18"], t["m18"]
    mdb = "databases = engine1, engine2\n"
    msg = ["-m", "merge heads"]
    rid = ["--rev-id", "3f0d4e5a6b7c"]
    return [
        ("001-generic-two-heads", "1.19 stock template, `merge heads` of two heads (reference 4.9)",
         two_heads(g19), ["merge"] + msg + rid + ["heads"], {}),
        ("002-generic-argument-order", "explicit revisions keep argument order (T3)",
         two_heads(g19), ["merge", "--rev-id", "3f0d4e5a6b7c", C, B, "-m", "x"], {}),
        ("003-generic-short-prefixes", "unique prefixes of one and two characters resolve (T4)",
         two_heads(g19), ["merge", "-m", "prefixes", "--rev-id", "0badc0ffee00", "a", "27"], {}),
        ("004-generic-three-heads", "an N>2 merge of three heads",
         three_heads(g19), ["merge", "-m", "three way", "--rev-id", "777777777777", "heads"], {}),
        ("005-debian-1.8-generic", "Debian 1.8.1's stock template, rendered by 1.19",
         two_heads(g18), ["merge"] + msg + rid + ["heads"], {}),
        ("006-multidb-1.19", "1.19 multidb template with databases = engine1, engine2 (4.10)",
         two_heads(m19, ini=INI + mdb), ["merge"] + msg + rid + ["heads"], {}),
        ("007-multidb-debian-1.8", "Debian 1.8.1's multidb template",
         two_heads(m18, ini=INI + mdb), ["merge"] + msg + rid + ["heads"], {}),
        ("008-era-0.6", "the <=0.6 template: Revises shows the tuple repr, identifiers before imports",
         two_heads(ERA_06), ["merge"] + msg + rid + ["heads"], {}),
        ("009-era-0.7", "the 0.7-0.8.7 template", two_heads(ERA_07), ["merge"] + msg + rid + ["heads"], {}),
        ("010-era-0.8.8", "the 0.8.8 template (one blank line before upgrade)",
         two_heads(ERA_088), ["merge"] + msg + rid + ["heads"], {}),
        ("011-era-0.8.9", "the 0.8.9-1.7 template", two_heads(ERA_089), ["merge"] + msg + rid + ["heads"], {}),
        ("012-era-1.11", "the 1.11.2-1.14 typed template, Union[str, None]",
         three_heads(ERA_1112), ["merge", "-m", "typed", "--rev-id", "111111111111", "heads"], {}),
        ("013-era-1.15", "the 1.15-1.16.1 template with function docstrings",
         two_heads(ERA_115), ["merge"] + msg + rid + ["heads"], {}),
        ("014-multidb-0.6", "the <=0.6 multidb template with a literal engine list",
         two_heads(MULTIDB_06), ["merge"] + msg + rid + ["heads"], {}),
        ("015-tdr006-report", "the report's merge: dated ids, explicit heads, long message truncated at 40",
         tdr006(g19), ["merge", "-m", "merge card_templates_drop and purchase_plaintext heads", "--rev-id",
                       "20260426_merge_heads", "20260413_drop_card_templates", "20260422_purchase_plaintext_columns"], {}),
        ("016-unicode-message", "Unicode slug: word runs, Python lowercasing (İ, final sigma), digits",
         two_heads(g19), ["merge", "-m", "Ünïcödé İstanbul ΟΔΟΣ x²³ ٣ 中文", "--rev-id", "0123456789ab", "heads"], {}),
        ("017-no-message", "no -m: file <rev>_.py, docstring 'empty message' (T23)",
         two_heads(g19), ["merge", "--rev-id", "5555eeee0005", "heads"], {}),
        ("018-empty-message", "-m '': empty slug and an empty first docstring line",
         two_heads(g19), ["merge", "-m", "", "--rev-id", "5555eeee0006", "heads"], {}),
        ("019-multiline-message", "a message with a newline, quotes, ${x} and a backslash escape kept raw",
         two_heads(g19), ["merge", "-m", "first line 'q' \"dq\"\nsecond ${x} a\\tb", "--rev-id", "666666666666",
                          "heads"], {}),
        ("020-dated-file-template", "file_template with date tokens, timezone Europe/Paris",
         two_heads(g19, ini=INI + "file_template = %%(year)d_%%(month).2d_%%(day).2d_%%(hour).2d%%(minute).2d-%%(rev)s_%%(slug)s\n"
                   "timezone = Europe/Paris\n"), ["merge"] + msg + rid + ["heads"], {}),
        ("021-epoch-utc-upper", "epoch and second tokens, timezone 'utc' found as UTC",
         two_heads(g19, ini=INI + "file_template = %%(epoch)s_%%(year)d-%%(month).2d-%%(day).2d_%%(hour).2d%%(minute).2d%%(second).2d_%%(rev)s_%%(slug)s\n"
                   "timezone = utc\n"), ["merge"] + msg + rid + ["heads"], {}),
        ("022-naive-local-time", "no timezone: naive local time in the process TZ (America/New_York)",
         two_heads(g19, ini=INI + "file_template = %%(hour).2d%%(minute).2d_%%(rev)s\n"),
         ["merge"] + msg + rid + ["heads"], {"tz": "America/New_York"}),
        ("023-truncate-10", "truncate_slug_length = 10 cuts back to the last underscore",
         two_heads(g19, ini=INI + "truncate_slug_length = 10\n"),
         ["merge", "-m", "second revision with long message here", "--rev-id", "3f0d4e5a6b7c", "heads"], {}),
        ("024-truncate-no-underscore", "a slug without underscores is cut and gets a trailing underscore",
         two_heads(g19, ini=INI + "truncate_slug_length = 12\n"),
         ["merge", "-m", "abcdefghijklmnopqrstuvwxyz", "--rev-id", "3f0d4e5a6b7c", "heads"], {}),
        ("025-several-locations", "three version locations: the file goes to the first head's location (T16)",
         multi_location(g19), ["merge"] + msg + rid + ["heads"], {}),
        ("026-several-locations-order", "the same tree, `merge C B`: the default location (T16)",
         multi_location(g19), ["merge", "-m", "other order", "--rev-id", "3f0d4e5a6b7d", C, B], {}),
        ("027-recursive-subdirectory", "recursive, file_template with a year/ subdirectory created on demand (T18)",
         recursive_dated(g19), ["merge"] + msg + rid + ["heads"], {}),
        ("028-empty-tree-base", "no revisions: merge heads writes a base revision, 'Revises: ' (T19)",
         tree(g19, [], extra={"alembic/versions/.keep": ""}), ["merge", "-m", "first", "--rev-id", "baseba5eba5e", "heads"], {}),
        ("029-single-head-child", "one head: merge heads writes an ordinary child",
         tree(g19, [("a1.py", A, None), ("b1.py", B, A)]), ["merge", "-m", "child", "--rev-id", "c41dc41dc41d", "heads"], {}),
        ("030-effective-head", "heads leaves out an effective head: a single-parent revision (T7)",
         effective(g19), ["merge", "-m", "eff", "--rev-id", "effeffeffeff", "heads"], {}),
        ("031-effective-head-explicit", "naming the effective head explicitly merges it (T7)",
         effective(g19), ["merge", "-m", "eff both", "--rev-id", "effeffeff000", B, C], {}),
        ("032-label-at-head", "label@head arguments and --branch-label",
         labelled(g19), ["merge", "-m", "labels", "--rev-id", "1abe11abe11a", "--branch-label", "merged",
                         "feature@head", "other@head"], {}),
        ("033-splice", "--splice allows a non-head parent",
         two_heads(g19), ["merge", "-m", "splice", "--rev-id", "5511ce5511ce", "--splice", A, B], {}),
        ("034-numbered-ids", "sequence-number ids and file names",
         numbered(g19, ini=INI + "file_template = %%(rev)s_%%(slug)s\n"), ["merge", "-m", "merge", "--rev-id", "0004", "heads"], {}),
        ("035-licensed-custom", "a customised template: licence header, quoted revision, message in docstrings",
         three_heads(LICENSED), ["merge", "-m", "merge the three heads", "--rev-id", "a1b2c3d4e5f6", "heads"], {}),
        ("036-pep604-custom", "a customised template: dialect imports, PEP 604 annotations, --branch-label",
         two_heads(SQLMODEL), ["merge"] + msg + rid + ["--branch-label", "release", "heads"], {}),
        ("037-control-lines", "% if/elif/else/for control lines, ## comments, <%doc>, %% and \\ joins",
         three_heads(CONTROL), ["merge", "-m", "control", "--rev-id", "c0c0c0c0c0c0", "heads"], {}),
        ("038-control-lines-base", "the control-line template for a base revision",
         tree(CONTROL, [], extra={"alembic/versions/.keep": ""}), ["merge", "-m", "base", "--rev-id", "baseba5e0000", "heads"], {}),
        ("039-strftime-join", "create_date.strftime, ', '.join, len(), re.split in a template, timezone UTC",
         two_heads(STRFTIME, ini=INI + "timezone = UTC\n"), ["merge", "-m", "merge  the heads", "--rev-id", "5f5f5f5f5f5f", "heads"], {}),
        ("040-crlf-template", "a template with CRLF line endings: CRLF passes through",
         two_heads(g19.replace("\n", "\r\n")), ["merge"] + msg + rid + ["heads"], {}),
        ("041-terse-no-final-newline", "a template without Revision lines and without a final newline",
         two_heads(TERSE), ["merge"] + msg + rid + ["heads"], {}),
        ("042-pyproject-only", "configuration in pyproject.toml only (1.16+), file_template with %%",
         two_heads(g19, ini=None, extra={"pyproject.toml": '[tool.alembic]\nscript_location = "%(here)s/alembic"\n'
                                          'file_template = "%%(rev)s-%%(slug)s"\n'}),
         ["merge"] + msg + rid + ["heads"], {}),
        ("043-post-write-hook", "an exec post-write hook (sed) rewrites the file; options with quotes",
         two_heads(g19, ini=INI + "\n[post_write_hooks]\nhooks = fmt\nfmt.type = exec\nfmt.executable = sed\n"
                   'fmt.options = -i -e "s/    pass/    pass  # merged/" REVISION_SCRIPT_FILENAME\n'),
         ["merge"] + msg + rid + ["heads"], {}),
        ("044-old-template-tuple-revises", "the superset-style template: tuple repr in Revises, no labels",
         three_heads(NO_LABELS), ["merge", "-m", "tuple", "--rev-id", "7e7e7e7e7e7e", "heads"], {}),
        ("045-latin1-encoding", "output_encoding = latin-1 and a coding cookie, with an accented message",
         two_heads("# A latin-1 project; the cookie is on line 2, where Mako leaves it.\n# -*- coding: latin-1 -*-\n" + g19, ini=INI + "output_encoding = latin-1\n"),
         ["merge", "-m", "café crème", "--rev-id", "1a71a71a71a7", "heads"], {}),
        ("046-rev-id-reused", "--rev-id repeats an existing id: Alembic warns and writes the file",
         two_heads(g19), ["merge", "-m", "again", "--rev-id", A, "heads"], {}),
        # Failures: Alembic's FAILED: lines (exit 255).
        ("100-fail-not-a-head", "a non-head parent without --splice (T21)",
         two_heads(g19), ["merge", "-m", "x", "--rev-id", "3f0d4e5a6b7c", A, B], {}),
        ("101-fail-duplicate", "the same revision twice, by prefix and full id (T20)",
         two_heads(g19), ["merge", "-m", "x", "ae10", B], {}),
        ("102-fail-unknown", "an unknown revision", two_heads(g19), ["merge", "-m", "x", "ffff0000"], {}),
        ("103-fail-ambiguous", "an ambiguous prefix", tree(g19, [("a1.py", "aaaa0001", None), ("b1.py", "aaaa0002", "aaaa0001"),
                                                                  ("c1.py", "aaaa0003", "aaaa0001")]), ["merge", "aaaa"], {}),
        ("104-fail-head-several", "`merge head` with several heads",
         two_heads(g19), ["merge", "-m", "x", "head"], {}),
        ("105-fail-rev-id-chars", "illegal characters in --rev-id (T22)",
         two_heads(g19), ["merge", "-m", "x", "--rev-id", "my-rev:1", "heads"], {}),
        ("106-fail-several-locations-no-head", "several version locations and nothing to merge",
         tree(g19, [], ini=INI + "version_locations = %(here)s/alembic/versions:%(here)s/loc2\n",
              extra={"alembic/versions/.keep": ""}), ["merge", "-m", "x", "heads"], {}),
        ("107-fail-not-represented", "recursive, several locations, first head in a subdirectory (T17)",
         tree(g19, [("a1.py", A, None), ("sub/b1.py", B, A), ("loc2/c1.py", C, A)],
              ini=INI + "recursive_version_locations = true\nversion_locations = %(here)s/alembic/versions:%(here)s/loc2\n"),
         ["merge", "-m", "x", "--rev-id", "3f0d4e5a6b7c", "heads"], {}),
        ("108-fail-timezone", "an unknown timezone (T25)",
         two_heads(g19, ini=INI + "timezone = Europe/paris\n"), ["merge", "-m", "x", "heads"], {}),
        ("109-fail-undefined-imports", "a bare ${imports} raises NameError: Template rendering failed",
         two_heads(BARE_IMPORTS), ["merge", "-m", "x", "--rev-id", "3f0d4e5a6b7c", "heads"], {}),
        ("110-fail-label-dropped", "--branch-label with a template that drops branch_labels (Alembic leaves the file)",
         two_heads(NO_LABELS), ["merge", "-m", "x", "--rev-id", "3f0d4e5a6b7c", "--branch-label", "rel", "heads"],
         {"onehead": "writes-nothing"}),
        ("111-fail-duplicate-id-head", "a head whose id two files declare is listed twice by `heads`",
         tree(g19, [("a1.py", A, None), ("b1.py", B, A), ("b2.py", B, A), ("c1.py", C, A)]), ["merge", "-m", "x", "heads"], {}),
        ("112-fail-latin1-unencodable", "output_encoding = ascii and a non-ASCII message: rendering fails",
         two_heads(g19, ini=INI + "output_encoding = ascii\n"), ["merge", "-m", "naïve", "--rev-id", "3f0d4e5a6b7c", "heads"], {}),
        ("113-fail-hook-without-type", "a post-write hook without a type (Alembic fails after writing the file)",
         two_heads(g19, ini=INI + "\n[post_write_hooks]\nhooks = fmt\nfmt.executable = sed\n"),
         ["merge", "-m", "x", "--rev-id", "3f0d4e5a6b7c", "heads"], {"onehead": "writes-nothing"}),
        ("114-fail-hook-unknown-type", "a post-write hook of a type registered in env.py",
         two_heads(g19, ini=INI + "\n[post_write_hooks]\nhooks = fmt\nfmt.type = my_formatter\n"),
         ["merge", "-m", "x", "--rev-id", "3f0d4e5a6b7c", "heads"], {"onehead": "writes-nothing"}),
        # Where Alembic crashes or breaks the tree and onehead refuses (exit 2, nothing written).
        ("200-refuse-triple-quote", "a message with triple quotes: Alembic writes a file Python cannot load (T30)",
         two_heads(g19), ["merge", "-m", 'say """hi"""', "--rev-id", "3f0d4e5a6b7c", "heads"], {"onehead": "refuses: docstring"}),
        ("201-refuse-overwrite", "file_template = %%(slug)s and -m b1: Alembic overwrites head b1.py with the merge",
         two_heads(g19, ini=INI + "file_template = %%(slug)s\n"), ["merge", "-m", "b1", "--rev-id", "3f0d4e5a6b7c", C, B],
         {"onehead": "refuses: already exists"}),
        ("202-refuse-bad-file-template", "file_template with an unknown token: Alembic crashes with KeyError",
         two_heads(g19, ini=INI + "file_template = %%(rev)s_%%(nope)s\n"), ["merge", "-m", "x", "heads"],
         {"onehead": "refuses: nope"}),
        ("203-refuse-empty-timezone", "timezone = (empty): ZoneInfo('') raises ValueError",
         two_heads(g19, ini=INI + "timezone =\n"), ["merge", "-m", "x", "heads"], {"onehead": "refuses: ZoneInfo"}),
        ("204-refuse-latin1-without-cookie", "output_encoding = latin-1 without a coding cookie: Python cannot load the file",
         two_heads(g19, ini=INI + "output_encoding = latin-1\n"), ["merge", "-m", "café", "--rev-id", "1a71a71a71a7", "heads"],
         {"onehead": "refuses: Non-UTF-8"}),
        ("205-refuse-label-clash", "--branch-label naming an existing label: Alembic writes the file, then crashes",
         labelled(g19), ["merge", "-m", "x", "--rev-id", "3f0d4e5a6b7c", "--branch-label", "feature", "heads"],
         {"onehead": "refuses: Branch name 'feature'"}),
    ]


# ---------------------------------------------------------------------------
# Running
# ---------------------------------------------------------------------------

ALEMBIC_DIR = None


def write_tree(root, files):
    for rel, content in files.items():
        path = os.path.join(root, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(content)


def snapshot(root):
    out = {}
    for dirpath, _, names in os.walk(root):
        for n in names:
            p = os.path.join(dirpath, n)
            with open(p, "rb") as f:
                out[os.path.relpath(p, root)] = f.read()
    return out


def run_driver(jobs):
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "ALEMBIC_CONFIG", "TZ")}
    env.update(PYTHONPATH=ALEMBIC_DIR, PYTHONDONTWRITEBYTECODE="1", PYTHONHASHSEED="0", LC_ALL="C.UTF-8",
               PYTHONIOENCODING="utf-8")
    p = subprocess.run(["/usr/bin/python3", DRIVER], input=json.dumps(jobs).encode(), capture_output=True, env=env,
                       check=True)
    return json.loads(p.stdout)["results"]


def normalize(text, scratch):
    for p in {scratch, os.path.realpath(scratch)}:
        text = text.replace(p, "$TREE")
    return re.sub(r"see \S+\.txt for", "see $TMPFILE for", text)


def tail(text):
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("  util.warn(")]
    return lines[-1] + "\n" if lines else ""


def generate(name, note, files, argv, opts):
    case_dir = os.path.join(HERE, name)
    shutil.rmtree(case_dir, ignore_errors=True)
    write_tree(os.path.join(case_dir, "tree"), files)
    tz = opts.get("tz", "UTC")
    with open(os.path.join(case_dir, "case"), "w", encoding="utf-8") as f:
        f.write(f"note {note}\nargv {json.dumps(argv, ensure_ascii=False)}\ntz {tz}\nnow_us {NOW_US}\n")
        if "onehead" in opts:
            f.write(f"onehead {opts['onehead']}\n")
    with tempfile.TemporaryDirectory() as scratch:
        scratch = os.path.join(scratch, "tree")
        shutil.copytree(os.path.join(case_dir, "tree"), scratch)
        before = snapshot(scratch)
        merge, heads = run_driver([{"cwd": scratch, "argv": argv, "now_us": NOW_US, "tz": tz},
                                   {"cwd": scratch, "argv": ["heads"]}])
        after = snapshot(scratch)
        changed = sorted(p for p, data in after.items() if before.get(p) != data)
        for rel in changed:
            dst = os.path.join(case_dir, "alembic-1.19", rel)
            os.makedirs(os.path.dirname(dst), exist_ok=True)
            with open(dst, "wb") as f:
                f.write(after[rel])
        sections = [
            ("exit", f"{merge['exit']}\n"),
            ("stdout", normalize(merge["stdout"], scratch)),
            ("stderr-tail", normalize(tail(merge["stderr"]), scratch)),
            ("heads", normalize(heads["stdout"], scratch) if merge["exit"] == 0 else ""),
            ("changed", "".join(p + "\n" for p in changed)),
        ]
    with open(os.path.join(case_dir, "alembic-1.19.txtar"), "w", encoding="utf-8", newline="") as f:
        f.write(f"alembic 1.19.2 merge: {note}\n")
        for sec, body in sections:
            f.write(f"-- {sec} --\n{body}")
    return merge["exit"]


def write_readme(all_cases, exits):
    path = os.path.join(HERE, "README.md")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    head, sep, _ = text.partition("## Cases\n")
    rows = "".join(f"| `{n}` | {exits.get(n, '?')} | {note.replace('|', '/')} |\n" for n, note, *_ in all_cases)
    with open(path, "w", encoding="utf-8") as f:
        f.write(head + sep + "\n| case | alembic exit | what it covers |\n|---|---|---|\n" + rows)


def main():
    global ALEMBIC_DIR
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--alembic", default=os.environ.get("ONEHEAD_ALEMBIC_PYTHONPATH", "/work/shared/tools/alembic-1.19.2"))
    ap.add_argument("--only", action="append")
    args = ap.parse_args()
    ALEMBIC_DIR = args.alembic
    all_cases = cases(load_stock())
    for n, *_ in all_cases:
        assert CASE_DIR_RE.match(n), n
    exits = {}
    for n, note, files, argv, opts in all_cases:
        if args.only and n not in args.only:
            continue
        exits[n] = generate(n, note, files, argv, opts)
        print(f"{n}: exit {exits[n]}")
    if not args.only:
        for d in os.listdir(HERE):
            if CASE_DIR_RE.match(d) and d not in exits:
                shutil.rmtree(os.path.join(HERE, d))
        write_readme(all_cases, exits)


if __name__ == "__main__":
    main()
