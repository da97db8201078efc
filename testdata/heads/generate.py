#!/usr/bin/env python3
"""Rebuild onehead's `heads` / `branches` golden corpus from real Alembic.

What this does
--------------
Every case is defined in this file (see the CASES section). For each case the
script deletes ``testdata/heads/<NNN-name>/``, writes the Alembic project into
``<case>/tree/``, writes ``<case>/case`` (note, cwd, args, env, onehead-fails),
then runs both oracles from the case's cwd:

    alembic heads
    alembic heads --verbose
    alembic heads --resolve-dependencies
    alembic branches
    alembic branches --verbose

and records ``<case>/alembic-1.19/<cmd>.txtar`` and ``<case>/alembic-1.8/<cmd>.txtar``
(``-- exit --``, ``-- stdout --``, ``-- stderr-tail --``). Finally it rewrites
``testdata/heads/README.md`` (case list + every 1.8.1-vs-1.19.2 difference found) and
prints a summary of the cases whose goldens differ between the two versions.

How to run (from the repository root)
-------------------------------------
    apt-get install -y python3-alembic python3-typing-extensions   # once
    python3 testdata/heads/generate.py                  # whole corpus
    python3 testdata/heads/generate.py --only 002-tdr006-swisper-two-heads
    python3 testdata/heads/generate.py --alembic /path/to/alembic --alembic18 "/usr/bin/python3 -m alembic"

Options: ``--alembic PATH`` (upstream 1.19.x command; default ``$ONEHEAD_ALEMBIC`` or
/work/shared/tools/alembic), ``--alembic18 CMD`` (Debian's 1.8.1, a command line
split like a shell would; default ``/usr/bin/python3 -m alembic``), ``--only NAME``
(regenerate one case; may be repeated), ``--jobs N`` (parallel cases), ``--list``.

Cost: about 1,200 Alembic runs (cases x 5 commands x 2 versions) at roughly 1 s of CPU each:
8-12 minutes on an idle 2-CPU machine (``--jobs`` defaults to the CPU count); ``--only`` takes seconds.

Needs: Python 3.8+ (standard library only) to run this script; Debian's
python3-alembic (1.8.1, with SQLAlchemy and Mako) and python3-typing-extensions for
the oracles.

Normalisation (the only things changed in recorded output)
----------------------------------------------------------
* the absolute path of the case's ``tree/`` (``os.path.abspath`` and, if different,
  ``os.path.realpath``) becomes ``$TREE``;
* the directory of the ``alembic`` Python package that produced a warning (found by
  probing each oracle once) becomes ``$ALEMBIC``;
* stderr is reduced to its last non-empty line, ignoring the source-echo line that
  Python's ``warnings`` module prints under a ``path:line: XWarning: msg`` line (so a
  warning yields its message line, not ``  util.warn(``).

Runs are deterministic: ``PYTHONHASHSEED=0`` (label sets and child sets print in a
fixed order), ``PYTHONDONTWRITEBYTECODE=1`` (no ``__pycache__`` written into trees),
``LC_ALL=C.UTF-8``, no inherited ``PYTHONPATH``/``ALEMBIC_CONFIG``. Caveat: Alembic
1.8.1 lists version directories in raw ``os.listdir`` order, which on ext4 is the
directory hash order of the file system; its goldens can therefore change order when
regenerated on another machine (see README.md).
"""

import argparse
import concurrent.futures
import datetime
import hashlib
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))

COMMANDS = [
    ("heads", ["heads"]),
    ("heads-verbose", ["heads", "--verbose"]),
    ("heads-resolve", ["heads", "--resolve-dependencies"]),
    ("branches", ["branches"]),
    ("branches-verbose", ["branches", "--verbose"]),
]
VERSIONS = [("alembic-1.19", "alembic"), ("alembic-1.8", "alembic18")]
CASE_DIR_RE = re.compile(r"^\d{3}-[a-z0-9][a-z0-9.-]*$")

# ---------------------------------------------------------------------------
# Stock files (from the Alembic 1.19 / 1.8 `generic` templates)
# ---------------------------------------------------------------------------

ENV_PY = '''from logging.config import fileConfig

from sqlalchemy import engine_from_config
from sqlalchemy import pool

from alembic import context

# this is the Alembic Config object, which provides
# access to the values within the .ini file in use.
config = context.config

# Interpret the config file for Python logging.
# This line sets up loggers basically.
if config.config_file_name is not None:
    fileConfig(config.config_file_name)

# add your model's MetaData object here
# for 'autogenerate' support
# from myapp import mymodel
# target_metadata = mymodel.Base.metadata
target_metadata = None

# other values from the config, defined by the needs of env.py,
# can be acquired:
# my_important_option = config.get_main_option("my_important_option")
# ... etc.


def run_migrations_offline() -> None:
    """Run migrations in 'offline' mode.

    This configures the context with just a URL
    and not an Engine, though an Engine is acceptable
    here as well.  By skipping the Engine creation
    we don't even need a DBAPI to be available.

    Calls to context.execute() here emit the given string to the
    script output.

    """
    url = config.get_main_option("sqlalchemy.url")
    context.configure(
        url=url,
        target_metadata=target_metadata,
        literal_binds=True,
        dialect_opts={"paramstyle": "named"},
    )

    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    """Run migrations in 'online' mode.

    In this scenario we need to create an Engine
    and associate a connection with the context.

    """
    connectable = engine_from_config(
        config.get_section(config.config_ini_section, {}),
        prefix="sqlalchemy.",
        poolclass=pool.NullPool,
    )

    with connectable.connect() as connection:
        context.configure(
            connection=connection, target_metadata=target_metadata
        )

        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
'''

FLASK_ENV_PY = '''import logging
from logging.config import fileConfig

from flask import current_app

from alembic import context

# this is the Alembic Config object, which provides
# access to the values within the .ini file in use.
config = context.config

# Interpret the config file for Python logging.
# This line sets up loggers basically.
fileConfig(config.config_file_name)
logger = logging.getLogger('alembic.env')


def get_engine():
    try:
        # this works with Flask-SQLAlchemy<3 and Alchemical
        return current_app.extensions['migrate'].db.get_engine()
    except (TypeError, AttributeError):
        # this works with Flask-SQLAlchemy>=3
        return current_app.extensions['migrate'].db.engine


def get_engine_url():
    try:
        return get_engine().url.render_as_string(hide_password=False).replace(
            '%', '%%')
    except AttributeError:
        return str(get_engine().url).replace('%', '%%')


config.set_main_option('sqlalchemy.url', get_engine_url())
target_db = current_app.extensions['migrate'].db


def get_metadata():
    if hasattr(target_db, 'metadatas'):
        return target_db.metadatas[None]
    return target_db.metadata


def run_migrations_offline():
    url = config.get_main_option("sqlalchemy.url")
    context.configure(
        url=url, target_metadata=get_metadata(), literal_binds=True
    )

    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online():
    connectable = get_engine()

    with connectable.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=get_metadata(),
        )

        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
'''

MAKO_119 = '''"""${message}

Revision ID: ${up_revision}
Revises: ${down_revision | comma,n}
Create Date: ${create_date}

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
${imports if imports else ""}

# revision identifiers, used by Alembic.
revision: str = ${repr(up_revision)}
down_revision: Union[str, Sequence[str], None] = ${repr(down_revision)}
branch_labels: Union[str, Sequence[str], None] = ${repr(branch_labels)}
depends_on: Union[str, Sequence[str], None] = ${repr(depends_on)}


def upgrade() -> None:
    """Upgrade schema."""
    ${upgrades if upgrades else "pass"}


def downgrade() -> None:
    """Downgrade schema."""
    ${downgrades if downgrades else "pass"}
'''

MAKO_18 = '''"""${message}

Revision ID: ${up_revision}
Revises: ${down_revision | comma,n}
Create Date: ${create_date}

"""
from alembic import op
import sqlalchemy as sa
${imports if imports else ""}

# revision identifiers, used by Alembic.
revision = ${repr(up_revision)}
down_revision = ${repr(down_revision)}
branch_labels = ${repr(branch_labels)}
depends_on = ${repr(depends_on)}


def upgrade() -> None:
    ${upgrades if upgrades else "pass"}


def downgrade() -> None:
    ${downgrades if downgrades else "pass"}
'''

MAKO_07 = '''"""${message}

Revision ID: ${up_revision}
Revises: ${down_revision | comma,n}
Create Date: ${create_date}

"""

# revision identifiers, used by Alembic.
revision = ${repr(up_revision)}
down_revision = ${repr(down_revision)}
branch_labels = ${repr(branch_labels)}
depends_on = ${repr(depends_on)}

from alembic import op
import sqlalchemy as sa
${imports if imports else ""}

def upgrade():
    ${upgrades if upgrades else "pass"}


def downgrade():
    ${downgrades if downgrades else "pass"}
'''

README_SCRIPT = "Generic single-database configuration.\n"

LOGGING_INI = '''
# Logging configuration
[loggers]
keys = root,sqlalchemy,alembic

[handlers]
keys = console

[formatters]
keys = generic

[logger_root]
level = WARNING
handlers = console
qualname =

[logger_sqlalchemy]
level = WARNING
handlers =
qualname = sqlalchemy.engine

[logger_alembic]
level = INFO
handlers =
qualname = alembic

[handler_console]
class = StreamHandler
args = (sys.stderr,)
level = NOTSET
formatter = generic

[formatter_generic]
format = %(levelname)-5.5s [%(name)s] %(message)s
datefmt = %H:%M:%S
'''

STOCK_INI_18 = '''# A generic, single database configuration.

[alembic]
# path to migration scripts
script_location = @SCRIPT_LOCATION@

# template used to generate migration file names; The default value is %%(rev)s_%%(slug)s
# Uncomment the line below if you want the files to be prepended with date and time
# see https://alembic.sqlalchemy.org/en/latest/tutorial.html#editing-the-ini-file
# for all available tokens
# file_template = %%(year)d_%%(month).2d_%%(day).2d_%%(hour).2d%%(minute).2d-%%(rev)s_%%(slug)s

# sys.path path, will be prepended to sys.path if present.
# defaults to the current working directory.
prepend_sys_path = .

# timezone to use when rendering the date within the migration file
# as well as the filename.
# If specified, requires the python-dateutil library that can be
# installed by adding `alembic[tz]` to the pip requirements
# string value is passed to dateutil.tz.gettz()
# leave blank for localtime
# timezone =

# max length of characters to apply to the
# "slug" field
# truncate_slug_length = 40

# set to 'true' to run the environment during
# the 'revision' command, regardless of autogenerate
# revision_environment = false

# set to 'true' to allow .pyc and .pyo files without
# a source .py file to be detected as revisions in the
# versions/ directory
# sourceless = false

# version location specification; This defaults
# to @SCRIPT_LOCATION@/versions.  When using multiple version
# directories, initial revisions must be specified with --version-path.
# The path separator used here should be the separator specified by "version_path_separator" below.
@VERSION_LOCATIONS@

# version path separator; As mentioned above, this is the character used to split
# version_locations. The default within new alembic.ini files is "os", which uses os.pathsep.
# If this key is omitted entirely, it falls back to the legacy behavior of splitting on spaces and/or commas.
# Valid values for version_path_separator are:
#
# version_path_separator = :
# version_path_separator = ;
# version_path_separator = space
version_path_separator = os  # Use os.pathsep. Default configuration used for new projects.

# the output encoding used when revision files
# are written from script.py.mako
# output_encoding = utf-8

sqlalchemy.url = driver://user:pass@localhost/dbname


[post_write_hooks]
# post_write_hooks defines scripts or Python functions that are run
# on newly generated revision scripts.  See the documentation for further
# detail and examples

# format using "black" - use the console_scripts runner, against the "black" entrypoint
# hooks = black
# black.type = console_scripts
# black.entrypoint = black
# black.options = -l 79 REVISION_SCRIPT_FILENAME
''' + LOGGING_INI


def ini(script_location="%(here)s/alembic", extra="", sep="path_separator = os",
        section="alembic", logging=True, header="# A generic, single database configuration.\n"):
    """A compact alembic.ini in the style of `alembic init` (1.16+)."""
    lines = [header, "[%s]\n" % section]
    lines.append("# path to migration scripts.\n")
    if script_location is not None:
        lines.append("script_location = %s\n" % script_location)
    lines.append("\n# template used to generate migration file names; The default value is %%(rev)s_%%(slug)s\n")
    lines.append("# file_template = %%(year)d_%%(month).2d_%%(day).2d_%%(hour).2d%%(minute).2d-%%(rev)s_%%(slug)s\n\n")
    lines.append("# sys.path path, will be prepended to sys.path if present.\nprepend_sys_path = .\n")
    if extra:
        lines.append("\n" + extra.rstrip("\n") + "\n")
    if sep:
        lines.append("\n# Use os.pathsep. Default configuration used for new projects.\n%s\n" % sep)
    lines.append("\nsqlalchemy.url = driver://user:pass@localhost/dbname\n")
    if logging:
        lines.append(LOGGING_INI)
    return "".join(lines)


# ---------------------------------------------------------------------------
# Revision files
# ---------------------------------------------------------------------------

class X(str):
    """Raw Python source for a value (not quoted)."""


def lit(v, dq=False):
    if v is None:
        return "None"
    if isinstance(v, X):
        return str(v)
    if isinstance(v, str):
        q = '"' if dq else "'"
        return q + v + q
    if isinstance(v, tuple):
        items = [lit(i, dq) for i in v]
        if len(items) == 1:
            return "(%s,)" % items[0]
        return "(%s)" % ", ".join(items)
    if isinstance(v, list):
        return "[%s]" % ", ".join(lit(i, dq) for i in v)
    raise TypeError(v)


def lit_black(v):
    """black/ruff output: magic trailing comma explodes multi-element tuples."""
    if isinstance(v, (tuple, list)) and not isinstance(v, X) and len(v) > 1:
        o, c = ("(", ")") if isinstance(v, tuple) else ("[", "]")
        return o + "\n" + "".join("    %s,\n" % lit(i, True) for i in v) + c
    return lit(v, True)


def revises(down):
    if down is None or isinstance(down, X):
        return "" if down is None else str(down)
    if isinstance(down, (tuple, list)):
        return ", ".join(down)
    return down


def slugify(msg):
    s = "_".join(re.findall(r"\w+", msg)).lower()
    if len(s) > 40:
        s = s[:40]
        s = s[: s.rfind("_")] + "_" if "_" in s else s + "_"
    return s


BASE_DATE = datetime.datetime(2025, 9, 1, 9, 14, 27, 381920)


def cdate(n):
    return str(BASE_DATE + datetime.timedelta(days=n * 3 // 2, hours=(n * 7) % 11, minutes=(n * 13) % 60,
                                              seconds=(n * 29) % 60, microseconds=(n * 104729) % 1000000))


TABLES = ["users", "organisations", "invoices", "audit_log", "api_keys", "sessions", "webhooks",
          "payments", "card_templates", "data_objects", "projects", "feature_flags"]


def default_body(n, msg):
    """Pick an (upgrade, downgrade) body pair; bodies use single quotes (converted for black)."""
    t = TABLES[n % len(TABLES)]
    kind = n % 5
    if msg.lower().startswith("merge"):
        kind = 4
    if kind == 0:
        up = ("op.create_table(\n"
              "    '%s',\n"
              "    sa.Column('id', sa.Integer(), nullable=False),\n"
              "    sa.Column('name', sa.String(length=255), nullable=False),\n"
              "    sa.Column('created_at', sa.DateTime(), server_default=sa.text('now()'), nullable=False),\n"
              "    sa.PrimaryKeyConstraint('id'),\n"
              ")" % t)
        down = "op.drop_table('%s')" % t
    elif kind == 1:
        up = ("# ### commands auto generated by Alembic - please adjust! ###\n"
              "op.add_column('%s', sa.Column('note', sa.Text(), nullable=True))\n"
              "# ### end Alembic commands ###" % t)
        down = ("# ### commands auto generated by Alembic - please adjust! ###\n"
                "op.drop_column('%s', 'note')\n"
                "# ### end Alembic commands ###" % t)
    elif kind == 2:
        up = 'op.execute("UPDATE %s SET updated_at = now() WHERE updated_at IS NULL")' % t
        down = "pass"
    elif kind == 3:
        up = "op.create_index(op.f('ix_%s_name'), '%s', ['name'], unique=False)" % (t, t)
        down = "op.drop_index(op.f('ix_%s_name'), table_name='%s')" % (t, t)
    else:
        up = down = "pass"
    return up, down


def indent(code, ind="    "):
    return "\n".join((ind + l) if l else "" for l in code.split("\n"))


def to_dq(code):
    return re.sub(r"'([^'\"]*)'", r'"\1"', code)


STYLES = ("a06", "a07", "a089", "a18", "a1112", "a1162", "black", "ruff604")


def rev(rid, down, msg=None, style="a1162", labels=None, deps=None, n=0, body=None, date=None,
        docstring=None, ids_extra="", top_extra="", tail_extra="", imports_extra=""):
    """Render a revision file the way a given Alembic template era (or formatter) writes it."""
    msg = msg or ("revision %s" % rid)
    date = date or cdate(n)
    up, down_b = body if body is not None else default_body(n, msg)
    dq = style in ("black", "ruff604")
    if dq:
        up, down_b = to_dq(up), to_dq(down_b)
    doc = docstring if docstring is not None else (
        '"""%s\n\nRevision ID: %s\nRevises: %s\nCreate Date: %s\n\n"""\n' % (msg, rid, revises(down), date))
    if style in ("a06", "a07", "a089", "a18"):
        ids = "revision = %s\ndown_revision = %s\n" % (lit(rid), lit(down))
        if style != "a06":
            ids += "branch_labels = %s\ndepends_on = %s\n" % (lit(labels), lit(deps))
    elif style == "a1112":
        ids = ("revision: str = %s\ndown_revision: Union[str, None] = %s\n"
               "branch_labels: Union[str, Sequence[str], None] = %s\n"
               "depends_on: Union[str, Sequence[str], None] = %s\n" % (lit(rid), lit(down), lit(labels), lit(deps)))
    elif style == "a1162":
        ids = ("revision: str = %s\ndown_revision: Union[str, Sequence[str], None] = %s\n"
               "branch_labels: Union[str, Sequence[str], None] = %s\n"
               "depends_on: Union[str, Sequence[str], None] = %s\n" % (lit(rid), lit(down), lit(labels), lit(deps)))
    elif style == "black":
        ids = ("revision: str = %s\ndown_revision: Union[str, Sequence[str], None] = %s\n"
               "branch_labels: Union[str, Sequence[str], None] = %s\n"
               "depends_on: Union[str, Sequence[str], None] = %s\n"
               % (lit(rid, True), lit_black(down), lit_black(labels), lit_black(deps)))
    elif style == "ruff604":
        ids = ("revision: str = %s\ndown_revision: str | Sequence[str] | None = %s\n"
               "branch_labels: str | Sequence[str] | None = %s\n"
               "depends_on: str | Sequence[str] | None = %s\n"
               % (lit(rid, True), lit_black(down), lit_black(labels), lit_black(deps)))
    else:
        raise ValueError(style)
    ids += ids_extra
    ids_block = "# revision identifiers, used by Alembic.\n" + ids
    imports = "from alembic import op\nimport sqlalchemy as sa\n" + imports_extra
    if style in ("a06", "a07"):
        text = doc + "\n" + ids_block + "\n" + imports + "\n\n"
    elif style in ("a089", "a18"):
        text = doc + imports + "\n\n" + ids_block + "\n\n"
    elif style in ("a1112", "a1162"):
        text = doc + "from typing import Sequence, Union\n\n" + imports + "\n\n" + ids_block + "\n\n"
    elif style == "black":
        text = (doc + "\nfrom typing import Sequence, Union\n\nimport sqlalchemy as sa\nfrom alembic import op\n"
                + imports_extra + "\n" + ids_block + "\n\n")
    else:  # ruff604
        text = (doc + "\nfrom __future__ import annotations\n\nfrom collections.abc import Sequence\n\n"
                "import sqlalchemy as sa\nfrom alembic import op\n" + imports_extra + "\n" + ids_block + "\n\n")
    text = top_extra + text
    if style in ("a06", "a07", "a089"):
        sig = "():"
    else:
        sig = "() -> None:"
    fdoc_up = fdoc_down = ""
    if style in ("a1162", "black", "ruff604"):
        fdoc_up, fdoc_down = '    """Upgrade schema."""\n', '    """Downgrade schema."""\n'
    text += "def upgrade%s\n%s%s\n\n\ndef downgrade%s\n%s%s\n" % (sig, fdoc_up, indent(up), sig, fdoc_down,
                                                                 indent(down_b))
    return text + tail_extra


class Rev:
    """A revision: file name + rendered content."""

    def __init__(self, rid, down, msg=None, file=None, **kw):
        self.rid, self.down, self.msg = rid, down, msg or ("revision %s" % rid)
        self.file = file or "%s_%s.py" % (rid, slugify(self.msg))
        self.kw = kw

    def render(self, n):
        kw = dict(self.kw)
        kw.setdefault("n", n)
        return rev(self.rid, self.down, self.msg, **kw)


def versions(revs, where="alembic/versions", style=None, start=0):
    """Files for a list of Rev objects (or (path, text) pairs) under `where`."""
    out = {}
    for i, r in enumerate(revs):
        if isinstance(r, tuple):
            out[r[0] if "/" in r[0] else "%s/%s" % (where, r[0])] = r[1]
            continue
        if style and "style" not in r.kw:
            r.kw["style"] = style
        path = r.file if "/" in r.file else "%s/%s" % (where, r.file)
        out[path] = r.render(start + i)
    return out


def scriptdir(where="alembic", mako=MAKO_119, env=ENV_PY, readme=True):
    out = {"%s/env.py" % where: env, "%s/script.py.mako" % where: mako}
    if readme:
        out["%s/README" % where] = README_SCRIPT
    return out


def project(revs, ini_text=None, script="alembic", vdir=None, style=None, mako=MAKO_119, **ini_kw):
    files = {}
    files["alembic.ini"] = ini_text if ini_text is not None else ini(**ini_kw)
    files.update(scriptdir(script, mako))
    files.update(versions(revs, vdir or "%s/versions" % script, style))
    return files


def hx(seed, n=12):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def chain(ids, first_down=None, style=None, msgs=None):
    revs = []
    down = first_down
    for i, rid in enumerate(ids):
        revs.append(Rev(rid, down, msgs[i] if msgs else None, **({"style": style} if style else {})))
        down = rid
    return revs


# ---------------------------------------------------------------------------
# Cases
# ---------------------------------------------------------------------------

CASES = []


def case(name, note, files, cwd=None, args=None, env=None, onehead_fails=None, onehead_differs=None, why18=None):
    assert CASE_DIR_RE.match(name), name
    assert all(c.name != name for c in CASES), name
    c = argparse.Namespace(name=name, note=note, files=files, cwd=cwd, args=args, env=env or [],
                           onehead_fails=onehead_fails, onehead_differs=onehead_differs, why18=why18)
    CASES.append(c)
    return c


# ----- 0xx: graph shapes ---------------------------------------------------

case("001-linear-chain",
     "five revisions in one linear chain: exactly one head, no branch points",
     project(chain(["1a2b3c4d5e6f", "ae1027a6acf0", "27c6a30d7c24", "3f0d4e5a6b7c", "9c1d2e3f4a5b"],
                   msgs=["create users table", "add organisations", "add email to users",
                         "create invoices", "index invoice numbers"])))


def swisper_monorepo():
    """The TDR-006 incident: two repos of the backend monorepo, swisper with two heads."""
    files = {}
    sw = "apps/backend/swisper/alembic"
    files["apps/backend/alembic.ini"] = ini(script_location="swisper/alembic", sep="version_path_separator = os")
    files.update(scriptdir(sw))
    rows = [
        ("20260115_initial_schema", None, "initial schema", "20260115_initial_schema.py"),
        ("20260203_add_card_templates", "20260115_initial_schema", "add card templates",
         "20260203_add_card_templates.py"),
        ("20260220_add_data_objects", "20260203_add_card_templates", "add data objects",
         "20260220_add_data_objects.py"),
        ("20260308_add_data_objects_retracted_at", "20260220_add_data_objects", "add data_objects.retracted_at",
         "20260308_add_data_objects_retracted_at.py"),
        ("20260408_cached_thoughts", "20260308_add_data_objects_retracted_at", "cached thoughts",
         "20260408_cached_thoughts.py"),
        ("20260413_drop_card_templates", "20260308_add_data_objects_retracted_at", "drop card templates table",
         "20260413_drop_card_templates_table.py"),
        ("20260414_payment_tables", "20260408_cached_thoughts", "add payment tables",
         "20260414_add_payment_tables.py"),
        ("20260417_purchase_correlation_id_and_user_default_pm", "20260414_payment_tables",
         "purchase correlation id and user default payment method",
         "20260417_purchase_correlation_id_and_user_default_pm.py"),
        ("20260422_purchase_plaintext_columns", "20260417_purchase_correlation_id_and_user_default_pm",
         "purchase plaintext columns", "20260422_purchase_plaintext_columns.py"),
    ]
    bodies = {
        "20260413_drop_card_templates": ("op.drop_index('ix_card_templates_owner_id', table_name='card_templates')\n"
                                         "op.drop_table('card_templates')",
                                         "op.create_table(\n    'card_templates',\n"
                                         "    sa.Column('id', sa.Uuid(), nullable=False),\n"
                                         "    sa.Column('owner_id', sa.Uuid(), nullable=False),\n"
                                         "    sa.PrimaryKeyConstraint('id'),\n)"),
        "20260414_payment_tables": ("op.create_table(\n    'purchase',\n"
                                    "    sa.Column('id', sa.Uuid(), nullable=False),\n"
                                    "    sa.Column('stripe_payment_intent_id', sa.String(length=255), nullable=True),\n"
                                    "    sa.Column('amount_cents', sa.Integer(), nullable=False),\n"
                                    "    sa.PrimaryKeyConstraint('id'),\n)",
                                    "op.drop_table('purchase')"),
        "20260422_purchase_plaintext_columns": (
            'op.execute("ALTER TABLE purchase ADD COLUMN IF NOT EXISTS description_plain TEXT")',
            'op.execute("ALTER TABLE purchase DROP COLUMN IF EXISTS description_plain")'),
    }
    for i, (rid, down, msg, fn) in enumerate(rows):
        date = "%s-%s-%s %02d:%02d:%02d.%06d" % (rid[:4], rid[4:6], rid[6:8], 9 + i, 7 * i % 60, 11 * i % 60,
                                                   (i * 271828) % 1000000)
        files["%s/versions/%s" % (sw, fn)] = rev(rid, down, msg, style="black", n=i + 40, body=bodies.get(rid),
                                                 date=date)
    cs = "apps/backend/config-service/app/alembic"
    files["apps/backend/config-service/alembic.ini"] = ini(script_location="app/alembic",
                                                           sep="version_path_separator = os")
    files.update(scriptdir(cs))
    seeds = ["initial", "configuration table", "seed feature flags", "add tenant overrides"]
    names = []
    for i in range(1, 37):
        if i == 36:
            slug = "seed_stripe_price_ids"
        elif i <= len(seeds):
            slug = slugify(seeds[i - 1])
        else:
            slug = "config_change_%03d" % i
        names.append(("%03d" % i, slug))
    for i, (num, slug) in enumerate(names):
        down = names[i - 1][0] if i else None
        body = None
        if num == "036":
            body = ('op.execute(\n'
                    '    "INSERT INTO configuration (name, value) VALUES "\n'
                    '    "(\'payments.stripe_price.basic\', \'\'), (\'payments.stripe_price.pro\', \'\') "\n'
                    '    "ON CONFLICT (name) DO NOTHING"\n)',
                    'op.execute(\n    "DELETE FROM configuration WHERE name LIKE \'payments.stripe_price.%\'"\n)')
        files["%s/versions/%s_%s.py" % (cs, num, slug)] = rev(num, down, slug.replace("_", " "), style="a1112",
                                                             n=i, body=body)
    files["README.md"] = "# swisper monorepo (fixture)\n\nBackend lives in apps/backend.\n"
    return files


case("002-tdr006-swisper-two-heads",
     "TDR-006 incident: swisper chain forks at 20260308_add_data_objects_retracted_at into two unmerged heads; "
     "relative script_location run from apps/backend",
     swisper_monorepo(), cwd="apps/backend")

case("003-tdr006-config-service",
     "TDR-006 monorepo, config-service: 36 numbered revisions 001..036 (ids are digits only), one head",
     swisper_monorepo(), cwd="apps/backend/config-service")

case("004-four-heads",
     "four heads: three children of the base plus one grandchild chain; heads print in file-name order",
     project([Rev("aaaa0001", None, "base"),
              Rev("bbbb0001", "aaaa0001", "feature b", file="b1_feature_b.py"),
              Rev("cccc0001", "aaaa0001", "feature c", file="c1_feature_c.py"),
              Rev("dddd0001", "aaaa0001", "feature d", file="d1_feature_d.py"),
              Rev("eeee0001", "dddd0001", "feature d part 2", file="d2_feature_d_part_2.py"),
              Rev("ffff0001", "aaaa0001", "hotfix", file="00_hotfix.py")], style="a18", mako=MAKO_18))

case("005-fork-and-merge",
     "a branch point with two children joined again by a merge revision: one head (mergepoint)",
     project([Rev("1111aaaa0001", None, "base"),
              Rev("2222bbbb0002", "1111aaaa0001", "add widgets"),
              Rev("3333cccc0003", "1111aaaa0001", "add gadgets"),
              Rev("4444dddd0004", ("2222bbbb0002", "3333cccc0003"), "merge heads")]))

case("006-branchpoint-two-children",
     "a branch point with two children that are both heads (branches output lists both)",
     project([Rev("e1a0c2b4d6f8", None, "init"),
              Rev("f2b1d3c5e7a9", "e1a0c2b4d6f8", "add accounts"),
              Rev("a3c2e4d6f8b0", "f2b1d3c5e7a9", "add ledger"),
              Rev("b4d3f5e7a9c1", "f2b1d3c5e7a9", "add budgets")], style="a089", mako=MAKO_18))

case("007-branchpoint-three-children",
     "a branch point with three children; one child continues, so heads are a grandchild and two children",
     project([Rev("0a0a0a0a0a01", None, "init"),
              Rev("1b1b1b1b1b02", "0a0a0a0a0a01", "core tables"),
              Rev("2c2c2c2c2c03", "1b1b1b1b1b02", "team a"),
              Rev("3d3d3d3d3d04", "1b1b1b1b1b02", "team b"),
              Rev("4e4e4e4e4e05", "1b1b1b1b1b02", "team c"),
              Rev("5f5f5f5f5f06", "3d3d3d3d3d04", "team b follow up")]))

case("008-merge-resolves-fork",
     "fork resolved by a merge revision, then the chain continues: single head, branches still shows the fork",
     project([Rev("c0ffee000001", None, "init"),
              Rev("c0ffee000002", "c0ffee000001", "shared"),
              Rev("c0ffee000003", "c0ffee000002", "left"),
              Rev("c0ffee000004", "c0ffee000002", "right"),
              Rev("c0ffee000005", "c0ffee000003", "left two"),
              Rev("c0ffee000006", ("c0ffee000005", "c0ffee000004"), "merge left and right"),
              Rev("c0ffee000007", "c0ffee000006", "after merge")], style="black"))

case("009-three-way-merge",
     "a merge revision with three parents (N>2), heads shows one mergepoint",
     project([Rev("aa01", None, "base", file="aa01_base.py"),
              Rev("bb01", "aa01", "b", file="bb01_b.py"),
              Rev("cc01", "aa01", "c", file="cc01_c.py"),
              Rev("dd01", "aa01", "d", file="dd01_d.py"),
              Rev("ee01", ("bb01", "cc01", "dd01"), "merge b c d", file="ee01_merge_b_c_d.py")], style="a1112"))

case("010-nested-forks",
     "several branch points, one of whose children is itself a branch point; also a merge that is a branch point",
     project([Rev("n01", None, "root", file="n01.py"),
              Rev("n02", "n01", "a", file="n02.py"),
              Rev("n03", "n01", "b", file="n03.py"),
              Rev("n04", "n02", "a1", file="n04.py"),
              Rev("n05", "n02", "a2", file="n05.py"),
              Rev("n06", ("n04", "n03"), "merge a1 b", file="n06.py"),
              Rev("n07", "n06", "after merge x", file="n07.py"),
              Rev("n08", "n06", "after merge y", file="n08.py")], style="a1162"))

case("011-depends-on-id",
     "depends_on by revision id: the depended-upon head becomes an effective head; --resolve-dependencies drops it",
     project([Rev("aaaa0001", None, "base", file="a1.py"),
              Rev("bbbb0001", "aaaa0001", "b1 doc", file="b1.py"),
              Rev("cccc0001", "aaaa0001", "c1 doc", file="c1.py", deps="bbbb0001")]))

case("012-depends-on-label",
     "depends_on by branch label: the labelled head is an effective head",
     project([Rev("5a5a00000001", None, "base"),
              Rev("5a5a00000002", "5a5a00000001", "billing start", labels=("billing",)),
              Rev("5a5a00000003", "5a5a00000002", "billing invoices"),
              Rev("5a5a00000004", "5a5a00000001", "reports need billing", deps="billing")]))

case("013-depends-on-non-head-and-list",
     "depends_on a list: one entry is a mid-chain revision, one a head in another chain (Also depends on in -v)",
     project([Rev("d0000001", None, "base", file="d01.py"),
              Rev("d0000002", "d0000001", "users", file="d02.py"),
              Rev("d0000003", "d0000002", "users email", file="d03.py"),
              Rev("e0000001", None, "analytics base", file="e01.py", labels="analytics"),
              Rev("e0000002", "e0000001", "analytics events", file="e02.py",
                  deps=["d0000002", "d0000003"])], style="a18", mako=MAKO_18))

case("014-two-effective-heads",
     "two heads are both depended upon by a third chain: two effective heads, one real head",
     project([Rev("f00d0001", None, "base", file="f1.py"),
              Rev("f00d0002", "f00d0001", "left", file="f2.py"),
              Rev("f00d0003", "f00d0001", "right", file="f3.py"),
              Rev("f00d0004", "f00d0001", "needs both", file="f4.py", deps=("f00d0002", "f00d0003"))],
             style="black"))

case("015-branch-label-single",
     "one branch label per head, written as a tuple on one and as a plain string on the other",
     project([Rev("aaaa0001", None, "base", file="a1.py"),
              Rev("bbbb0001", "aaaa0001", "feature start", file="b1.py", labels=("feature",)),
              Rev("cccc0001", "bbbb0001", "feature more", file="c1.py"),
              Rev("dddd0001", "aaaa0001", "other", file="d1.py", labels="other")], style="a18", mako=MAKO_18))

case("016-label-propagation",
     "a label set mid-chain propagates to all descendants and to ancestors down to the branch point",
     project([Rev("pp000001", None, "root", file="p01.py"),
              Rev("pp000002", "pp000001", "shared", file="p02.py"),
              Rev("pp000003", "pp000002", "fork left", file="p03.py"),
              Rev("pp000004", "pp000003", "left labelled", file="p04.py", labels=("reporting",)),
              Rev("pp000005", "pp000004", "left more", file="p05.py"),
              Rev("pp000006", "pp000002", "fork right", file="p06.py"),
              Rev("pp000007", "pp000006", "right more", file="p07.py")]))

case("017-merge-of-labelled-branches",
     "a merge of two labelled branches: the head carries two labels (printed in set order, PYTHONHASHSEED=0)",
     project([Rev("m0000001", None, "root", file="m01.py"),
              Rev("m0000002", "m0000001", "orders", file="m02.py", labels=("orders",)),
              Rev("m0000003", "m0000001", "stock", file="m03.py", labels=("stock",)),
              Rev("m0000004", ("m0000002", "m0000003"), "merge orders and stock", file="m04.py")]))


def neutron_like():
    files = {}
    files["alembic.ini"] = ini(script_location="myapp/db/migration/alembic_migrations",
                               sep="version_path_separator = os",
                               extra="version_locations = %(here)s/myapp/db/migration/alembic_migrations/versions:"
                                     "%(here)s/myapp/db/migration/alembic_migrations/versions/2026.1/expand:"
                                     "%(here)s/myapp/db/migration/alembic_migrations/versions/2026.1/contract")
    for p in ("myapp", "myapp/db", "myapp/db/migration"):
        files[p + "/__init__.py"] = ""
    files["myapp/db/migration/cli.py"] = (
        '"""Migration CLI constants (neutron style)."""\n\n'
        "import os\n\n"
        "HEAD_FILENAME = 'HEAD'\n"
        "EXPAND_BRANCH = 'expand'\n"
        "CONTRACT_BRANCH = 'contract'\n"
        "MIGRATION_BRANCHES = (EXPAND_BRANCH, CONTRACT_BRANCH)\n\n\n"
        "def get_alembic_version_table(config):\n"
        "    return os.environ.get('ALEMBIC_VERSION_TABLE', 'alembic_version')\n")
    sd = "myapp/db/migration/alembic_migrations"
    files.update(scriptdir(sd))
    files[sd + "/versions/initial.py"] = rev("initial", None, "initial schema", style="a089", n=1)
    files[sd + "/versions/2026.1/expand/1c844d1677f7_expand_initial.py"] = rev(
        "1c844d1677f7", "initial", "expand initial", style="a089", n=2,
        labels=X("(cli.EXPAND_BRANCH,)"), imports_extra="\nfrom myapp.db.migration import cli\n")
    files[sd + "/versions/2026.1/expand/45f955889773_add_quota_usage.py"] = rev(
        "45f955889773", "1c844d1677f7", "add quota usage", style="a089", n=3)
    files[sd + "/versions/2026.1/contract/30018084ec99_contract_initial.py"] = rev(
        "30018084ec99", "initial", "contract initial", style="a089", n=4,
        labels=X("(CONTRACT_BRANCH,)"), imports_extra="\nfrom myapp.db.migration.cli import CONTRACT_BRANCH\n")
    files[sd + "/versions/2026.1/contract/4ffceebfada_drop_old_agents.py"] = rev(
        "4ffceebfada", "30018084ec99", "drop old agents", style="a089", n=5,
        deps=("45f955889773",))
    files[sd + "/versions/2026.1/contract/5c85685d616d_remove_availability_ranges.py"] = rev(
        "5c85685d616d", "4ffceebfada", "remove availability ranges", style="a089", n=6)
    return files


case("018-neutron-expand-contract",
     "neutron style: expand/contract labels from `cli.EXPAND_BRANCH` (module constant, prepend_sys_path = .) "
     "and `from ... import CONTRACT_BRANCH`, three version_locations, contract depends on expand",
     neutron_like(),
     why18=None)


def aiida_like():
    files = {"alembic.ini": ini(script_location="%(here)s/src/aiida/storage/migrations")}
    sd = "src/aiida/storage/migrations"
    files.update(scriptdir(sd))
    v = sd + "/versions/"
    files[v + "django_0001_initial.py"] = rev("django_0001", None, "Initial django schema", style="a1112", n=1,
                                              labels=("django",))
    files[v + "django_0002_add_node_uuid.py"] = rev("django_0002", "django_0001", "Add node uuid", style="a1112", n=2)
    files[v + "django_0003_add_user_email.py"] = rev("django_0003", "django_0002", "Add user email", style="a1112",
                                                     n=3)
    files[v + "sqla_0001_initial.py"] = rev("sqla_0001", None, "Initial sqlalchemy schema", style="a1112", n=4,
                                            labels=("sqlalchemy",))
    files[v + "sqla_0002_link_table.py"] = rev("sqla_0002", "sqla_0001", "Link table", style="a1112", n=5)
    files[v + "main_0000_unified_schema.py"] = rev("main_0000", None, "Unified schema", style="a1112", n=6,
                                                   labels=("main",))
    files[v + "main_0001_remove_legacy.py"] = rev("main_0001", "main_0000", "Remove legacy", style="a1112", n=7)
    return files


case("019-aiida-per-backend-bases",
     "aiida-like: three independent labelled bases (django, sqlalchemy, main) kept on purpose: three heads",
     aiida_like())

case("020-two-unlabelled-bases",
     "two independent unlabelled bases in one directory: two heads, no branch points",
     project([Rev("b0000001", None, "accounts base", file="b01.py"),
              Rev("b0000002", "b0000001", "accounts more", file="b02.py"),
              Rev("c0000001", None, "catalog base", file="c01.py"),
              Rev("c0000002", "c0000001", "catalog more", file="c02.py")], style="a07", mako=MAKO_07))

case("021-empty-versions-dir",
     "versions directory exists but holds no .py (only .gitkeep): no output, exit 0",
     dict(project([]), **{"alembic/versions/.gitkeep": ""}))

case("022-missing-versions-dir",
     "script directory exists but has no versions/ directory at all",
     project([]),
     why18="1.8.1 lists `<script_location>/versions` without checking it exists (the existence filter only "
           "applied to configured version_locations), so os.listdir raises FileNotFoundError (exit 1); 1.19 "
           "filters every location, default included, by existence and prints nothing (exit 0). The version "
           "that changed this was not pinned down here.")


def long_graph():
    revs = []
    ids = [hx("long-%d" % i) for i in range(330)]
    msgs = ["step %d %s" % (i, TABLES[i % len(TABLES)]) for i in range(330)]
    down = {0: None}
    for i in range(1, 330):
        down[i] = ids[i - 1]
    # fork at 60: side branch 300..309 off 60, merged back at 90
    down[300] = ids[60]
    for i in range(301, 310):
        down[i] = ids[i - 1]
    down[90] = (ids[89], ids[309])
    # three-way branch point at 150: 310..314 and 315..319, merged at 200
    down[310] = ids[150]
    for i in range(311, 315):
        down[i] = ids[i - 1]
    down[315] = ids[150]
    for i in range(316, 320):
        down[i] = ids[i - 1]
    down[200] = (ids[199], ids[314], ids[319])
    # late fork left open: 320..329 off 280 -> second head
    down[320] = ids[280]
    for i in range(321, 330):
        down[i] = ids[i - 1]
    for i in range(330):
        style = "a089" if i < 100 else ("a18" if i < 200 else ("a1162" if i < 300 else "black"))
        msg = "merge heads" if isinstance(down[i], tuple) else msgs[i]
        revs.append(Rev(ids[i], down[i], msg, style=style))
    return project(revs, mako=MAKO_119)


case("023-long-330-revisions",
     "330 revisions: a 300-long chain with a side branch merged back, a 3-way fork merged back, "
     "and a late fork left open (two heads)",
     long_graph())

case("024-merge-then-fork",
     "a merge revision that is also a branch point (two children after the merge)",
     project([Rev("mf01", None, "root", file="mf01.py"),
              Rev("mf02", "mf01", "a", file="mf02.py"),
              Rev("mf03", "mf01", "b", file="mf03.py"),
              Rev("mf04", ("mf02", "mf03"), "merge", file="mf04.py"),
              Rev("mf05", "mf04", "c", file="mf05.py"),
              Rev("mf06", "mf04", "d", file="mf06.py")], style="a18", mako=MAKO_18))

case("025-depends-on-only-child",
     "a revision whose only successor is a dependent (not a child): effective head; "
     "also a revision with one child and one dependent (branchpoint marker without a second child)",
     project([Rev("dep00001", None, "root", file="x1.py"),
              Rev("dep00002", "dep00001", "child", file="x2.py"),
              Rev("dep00003", None, "other root", file="x3.py", deps="dep00001"),
              Rev("dep00004", "dep00003", "other child", file="x4.py", deps="dep00002")]))

# ----- 1xx: file discovery --------------------------------------------------


def m_base_children(names, base_file="m_base.py"):
    revs = [Rev("ba5e0001", None, "base", file=base_file)]
    for i, fn in enumerate(names):
        revs.append(Rev("c0de%04d" % (i + 1), "ba5e0001", "child in %s" % fn, file=fn))
    return revs


case("101-file-name-ordering",
     "heads print in code-point order of file names: 0digit.py, Z_upper.py, _under.py, a_lower.py, "
     "b-dash.py, z~tilde.py",
     project(m_base_children(["a_lower.py", "z~tilde.py", "Z_upper.py", "_under.py", "0digit.py", "b-dash.py"])))

_REV_FOR_SKIPPED = {}


def skipped_names_files():
    files = project([Rev("5ee00001", None, "base", file="5ee00001_base.py"),
                     Rev("5ee00002", "5ee00001", "real head", file="5ee00002_real_head.py")])
    v = "alembic/versions/"

    def decoy(rid):
        return rev(rid, "5ee00001", "decoy %s" % rid, n=3)
    files[v + "__init__.py"] = ""
    files[v + "__init__helpers.py"] = decoy("decoy001")
    files[v + ".#5ee00003_lock.py"] = decoy("decoy002")
    files[v + "5ee00004_backup.py~"] = decoy("decoy003")
    files[v + "5EE00005_UPPER.PY"] = decoy("decoy004")
    files[v + "notes.txt"] = "revision = 'decoy005'\ndown_revision = '5ee00001'\n"
    files[v + "5ee00006_compiled.pyc"] = decoy("decoy006")
    files[v + "__pycache__/5ee00007_cached.py"] = decoy("decoy007")
    files[v + "sub/5ee00008_nested.py"] = decoy("decoy008")
    files[v + "5ee00009.py.orig"] = decoy("decoy009")
    return files


case("102-skipped-names",
     "ignored: __init__.py, __init__helpers.py, .#x.py, x.py~, X.PY, notes.txt, x.pyc, x.py.orig, "
     "__pycache__/x.py and sub/x.py (not recursive); only one head remains",
     skipped_names_files())


def hidden_files():
    files = project([Rev("41d00001", None, "base", file="41d00001_base.py"),
                     Rev("41d00002", "41d00001", "visible", file="41d00002_visible.py")])
    files["alembic/versions/.hidden.py"] = rev("41d00003", "41d00001", "hidden file is loaded", n=2)
    files["alembic/versions/foo.bak.py"] = rev("41d00004", "41d00002", "bak.py is loaded too", n=3)
    return files


case("103-hidden-and-bak-loaded",
     ".hidden.py and foo.bak.py are loaded as revisions (.hidden.py sorts first): two heads",
     hidden_files())


def backup_files():
    files = project([Rev("0b0b0001", None, "base", file="0b0b0001_base.py"),
                     Rev("0b0b0002", "0b0b0001", "add orders", file="0b0b0002_add_orders.py")])
    v = "alembic/versions/"
    for tag in ("BACKUP_4012", "BASE_4012", "LOCAL_4012", "REMOTE_4012"):
        files[v + "0b0b0002_add_orders_%s.py" % tag] = rev("0b0b0002", "0b0b0001", "add orders", n=2)
    return files


case("104-mergetool-leftovers-duplicates",
     "git mergetool leftovers (_BACKUP_/_BASE_/_LOCAL_/_REMOTE_) are loaded: duplicate-id warnings, "
     "the same head printed five times",
     backup_files(),
     why18="all copies print the map's winner, the copy loaded last: _REMOTE_ in 1.19's sorted order, another "
           "copy in 1.8.1's os.listdir order, so heads --verbose shows a different Path:.")


def dup_parents_files():
    files = project([Rev("dp000001", None, "base", file="dp000001_base.py"),
                     Rev("dp000002", "dp000001", "left", file="dp000002_left.py"),
                     Rev("dp000003", "dp000001", "right", file="dp000003_right.py")])
    v = "alembic/versions/"
    files[v + "dp000004_merge_BACKUP_881.py"] = rev("dp000004", "dp000002", "merge before rebase", n=4)
    files[v + "dp000004_merge.py"] = rev("dp000004", ("dp000002", "dp000003"), "merge", n=5)
    return files


case("129-duplicate-id-different-parents",
     "two files define the same id with different down_revision: only the later-loaded copy's parents are "
     "linked, both copies stay head candidates (printed twice)",
     dup_parents_files(),
     why18="which copy is loaded last, and so which copy's parents get linked, follows load order: in 1.8.1's "
           "os.listdir order the two-parent copy came last, so dp000003 is not a head there; 1.19 loads "
           "dp000004_merge_BACKUP_881.py last (sorted), leaving dp000003 a head.")


def legacy_files():
    files = project([])
    v = "alembic/versions/"
    files[v + "1975ea83b712.py"] = ('"""create account table\n\nRevision ID: 1975ea83b712\nRevises: None\n'
                                    'Create Date: 2011-11-08 11:40:27.089406\n\n"""\n\n'
                                    "# downgrade revision identifier, used by Alembic.\n"
                                    "down_revision = None\n\n"
                                    "from alembic import op\nimport sqlalchemy as sa\n\n"
                                    "def upgrade():\n    pass\n\ndef downgrade():\n    pass\n")
    files[v + "ae1027a6acf.py"] = ('"""add a column\n\nRevision ID: ae1027a6acf\nRevises: 1975ea83b712\n'
                                   'Create Date: 2011-11-08 12:00:00.000000\n\n"""\n\n'
                                   "# downgrade revision identifier, used by Alembic.\n"
                                   "down_revision = '1975ea83b712'\n\n"
                                   "from alembic import op\nimport sqlalchemy as sa\n\n"
                                   "def upgrade():\n    op.add_column('account', sa.Column('last_transaction_date', "
                                   "sa.DateTime))\n\ndef downgrade():\n    op.drop_column('account', "
                                   "'last_transaction_date')\n")
    files[v + "27c6a30d7c24_third.py"] = rev("27c6a30d7c24", "ae1027a6acf", "third, modern", style="a06", n=3)
    return files


case("105-legacy-hex-filename",
     "Alembic 0.1 files without `revision`: the id comes from a hex-only file name (1975ea83b712.py)",
     legacy_files())


def recursive_files(value, extra_sub=True):
    files = project([Rev("7ec00001", None, "base", file="7ec00001_base.py"),
                     Rev("7ec00002", "7ec00001", "top level head", file="7ec00002_top.py")],
                    extra="recursive_version_locations = %s" % value)
    v = "alembic/versions/"
    files[v + "2026/02/7ec00003_feb.py"] = rev("7ec00003", "7ec00001", "in 2026/02", n=3)
    files[v + "2026/7ec00004_year.py"] = rev("7ec00004", "7ec00001", "in 2026", n=4)
    files[v + "2025/7ec00005_old.py"] = rev("7ec00005", "7ec00001", "in 2025", n=5)
    files[v + "2025/11/7ec00006_nov.py"] = rev("7ec00006", "7ec00001", "in 2025/11", n=6)
    files[v + "__pycache__/7ec00007_stale.py"] = rev("7ec00007", "7ec00001", "pycache is skipped", n=7)
    files[v + "2026/__init__.py"] = ""
    return files


case("106-recursive-true",
     "recursive_version_locations = true: own files first, then subdirectories in sorted order, pre-order; "
     "__pycache__ skipped",
     recursive_files("true"),
     why18="recursive_version_locations does not exist in 1.8.1 (added 1.10.0): only top-level files load, "
           "so only 7ec00002 is a head.")

case("107-recursive-capital-true-ignored",
     "recursive_version_locations = True (capitalised) is not the exact string `true`: subdirectories ignored",
     recursive_files("True"))

case("108-subdirs-ignored-by-default",
     "no recursive_version_locations: files in subdirectories of versions/ are ignored",
     recursive_files("false"))


def pycache_subdir_files():
    files = project([Rev("9cac0001", None, "base", file="9cac0001_base.py")],
                    extra="recursive_version_locations = true")
    v = "alembic/versions/"
    files[v + "__pycache__/9cac0002_direct.py"] = rev("9cac0002", "9cac0001", "directly in __pycache__", n=2)
    files[v + "__pycache__/nested/9cac0003_nested.py"] = rev("9cac0003", "9cac0001", "under __pycache__/nested",
                                                             n=3)
    files[v + "old__pycache__/9cac0004_suffix.py"] = rev("9cac0004", "9cac0001", "dir name ends in __pycache__",
                                                         n=4)
    files[v + "pycache/9cac0005_plain.py"] = rev("9cac0005", "9cac0001", "dir named pycache", n=5)
    return files


case("109-recursive-pycache-subdirs",
     "recursive mode: a directory whose name ends with __pycache__ contributes no files of its own, "
     "but its subdirectories are still walked",
     pycache_subdir_files(),
     why18="no recursion in 1.8.1: only 9cac0001 loads.")


def vloc_project(sep_line, vl, locs=("alembic/versions", "extra/versions", "third/versions"), heads_in=None):
    """Three locations, a base in the first and one child head in each of the others."""
    files = project([], extra=vl, sep=sep_line)
    files[locs[0] + "/0001_base.py"] = rev("10c00001", None, "base", n=1)
    files[locs[0] + "/0002_main.py"] = rev("10c00002", "10c00001", "main line", n=2)
    for i, loc in enumerate(locs[1:]):
        files[loc + "/%04d_in_%s.py" % (i + 3, loc.split("/")[0])] = rev(
            "10c%05d" % (i + 3), "10c00001", "head in %s" % loc, n=i + 3)
    return files


case("110-vloc-sep-os",
     "version_locations split on os.pathsep (`:`) with version_path_separator = os",
     vloc_project("version_path_separator = os",
                  "version_locations = %(here)s/alembic/versions:%(here)s/extra/versions:%(here)s/third/versions"))

case("111-vloc-sep-colon",
     "version_locations split on `:` with path_separator = :",
     vloc_project("path_separator = :",
                  "version_locations = alembic/versions:extra/versions:third/versions"),
     why18="path_separator is unknown to 1.8.1 (added 1.16.0) so the legacy split on spaces/commas applies; "
           "the single piece 'alembic/versions:extra/versions:third/versions' does not exist and is skipped: "
           "no revisions at all.")

case("112-vloc-sep-semicolon",
     "version_locations split on `;` (version_path_separator = ;), relative entries resolved against the CWD",
     vloc_project("version_path_separator = ;",
                  "version_locations = third/versions;alembic/versions;extra/versions"))

case("113-vloc-sep-space",
     "version_locations split on spaces (version_path_separator = space), several spaces between entries",
     vloc_project("version_path_separator = space",
                  "version_locations = %(here)s/alembic/versions   %(here)s/extra/versions %(here)s/third/versions"))

case("114-vloc-sep-newline",
     "version_locations as an indented multi-line ini value split on newline (path_separator = newline)",
     vloc_project("path_separator = newline",
                  "version_locations =\n    %(here)s/alembic/versions\n    # a comment line inside the value\n"
                  "    %(here)s/extra/versions\n    %(here)s/third/versions"),
     why18="path_separator is unknown to 1.8.1; the legacy split on spaces/commas leaves newline-joined "
           "pieces that do not exist, so nothing loads.")

case("115-vloc-legacy-comma-space",
     "no separator key: legacy split on `, *| +` (commas and/or spaces)",
     vloc_project(None, "version_locations = %(here)s/alembic/versions, %(here)s/extra/versions,"
                        "%(here)s/third/versions"))

case("116-vloc-version-path-separator-newline",
     "version_path_separator = newline (1.13.3+) with a multi-line value",
     vloc_project("version_path_separator = newline",
                  "version_locations =\n    alembic/versions\n    extra/versions\n    third/versions"),
     why18="1.8.1 accepts only space, os, ':' and ';' for version_path_separator (newline added in 1.13.3): "
           "ValueError without 'newline' in the expected list.")

case("117-vloc-path-separator-wins",
     "path_separator = ; and version_path_separator = : both set: path_separator wins in 1.16+",
     vloc_project("path_separator = ;\nversion_path_separator = :",
                  "version_locations = alembic/versions;extra/versions:third/versions"),
     why18="1.8.1 reads only version_path_separator (':'), giving 'alembic/versions;extra/versions' (missing, "
           "skipped) and 'third/versions': only the third location loads and its revision's parent is missing.")

case("118-vloc-missing-location-skipped",
     "a configured version location that does not exist is skipped silently",
     vloc_project("version_path_separator = os",
                  "version_locations = %(here)s/alembic/versions:%(here)s/does/not/exist:%(here)s/extra/versions:"
                  "%(here)s/third/versions"))

case("119-vloc-overlap-loaded-twice",
     "the same directory listed twice (absolute and relative): every file is loaded once, "
     "with a `loaded twice` warning for each repeat",
     vloc_project("version_path_separator = os",
                  "version_locations = %(here)s/alembic/versions:%(here)s/extra/versions:%(here)s/third/versions:"
                  "alembic/versions"),
     why18="same warnings; stderr-tail shows the last one, which names the last file of the repeated directory "
           "in load order (os.listdir order in 1.8.1, sorted in 1.19), and the warning's source line differs.")

case("120-vloc-strip-pieces",
     "`;`-separated entries with spaces around them: 1.13.3+ strips each piece",
     vloc_project("version_path_separator = ;",
                  "version_locations = %(here)s/alembic/versions ; %(here)s/extra/versions ;%(here)s/third/versions"),
     why18="1.8.1 does not strip split pieces (strip added 1.13.3): '<here>/alembic/versions ' and "
           "' <here>/extra/versions ' do not exist and are skipped; only third/versions loads, whose revision "
           "names a missing parent.")

case("121-vloc-order-defines-heads-order",
     "heads follow version_locations order (third before extra), not directory names",
     vloc_project("version_path_separator = os",
                  "version_locations = %(here)s/third/versions:%(here)s/extra/versions:%(here)s/alembic/versions"))

case("122-vloc-excludes-default-versions",
     "version_locations set without <script_location>/versions: revisions there are not loaded",
     dict(vloc_project("version_path_separator = os",
                       "version_locations = %(here)s/shared/versions:%(here)s/extra/versions",
                       locs=("shared/versions", "extra/versions")),
          **{"alembic/versions/9999_ignored.py": rev("ignored01", None, "not in version_locations", n=9)}))

case("123-inline-comment-separator-alone",
     "stock 1.7-1.14 ini: `version_path_separator = os  # Use os.pathsep...` is a bad value, "
     "harmless while version_locations is unset",
     dict(project(chain(["a7c3e1f00001", "a7c3e1f00002"], style="a18"), mako=MAKO_18,
                  ini_text=STOCK_INI_18.replace("@SCRIPT_LOCATION@", "alembic").replace(
                      "@VERSION_LOCATIONS@", "# version_locations = %(here)s/bar:%(here)s/bat:alembic/versions"))))

case("124-inline-comment-separator-with-vloc",
     "the same stock ini with version_locations set: ValueError naming the bad separator value",
     dict(project(chain(["a7c3e1f00001", "a7c3e1f00002"], style="a18"), mako=MAKO_18,
                  ini_text=STOCK_INI_18.replace("@SCRIPT_LOCATION@", "alembic").replace(
                      "@VERSION_LOCATIONS@", "version_locations = %(here)s/alembic/versions"))),
     why18="same ValueError, but 1.8.1's list of expected values lacks 'newline' (added 1.13.3).")

case("126-vloc-modern-path-separator-os",
     "the 1.16+ stock setting `path_separator = os` with `:`-joined version_locations",
     vloc_project("path_separator = os",
                  "version_locations = %(here)s/alembic/versions:%(here)s/extra/versions:%(here)s/third/versions"),
     why18="path_separator is unknown to 1.8.1 (added 1.16.0): the legacy split on spaces/commas keeps the "
           "whole `:`-joined value as one location, which does not exist, so no revisions load (empty output).")

case("125-vloc-legacy-leading-comma",
     "legacy split with a leading comma yields an empty entry, which resolves to the CWD (no .py there)",
     vloc_project(None, "version_locations = , alembic/versions extra/versions"))

# ----- 15x: configuration ---------------------------------------------------

PYPROJECT_HEAD = '[project]\nname = "shop"\nversion = "0.1.0"\nrequires-python = ">=3.10"\ndependencies = ["alembic>=1.16", "sqlalchemy>=2.0"]\n\n'


def toml_alembic(script_location='"%(here)s/alembic"', extra=""):
    return (PYPROJECT_HEAD + "[tool.alembic]\n\n# path to migration scripts.\nscript_location = %s\n\n"
            "# additional paths to be prepended to sys.path. defaults to the current working directory.\n"
            'prepend_sys_path = [\n    "."\n]\n%s\n[tool.ruff]\nline-length = 100\n' % (script_location, extra))


def pyproject_only():
    files = {"pyproject.toml": toml_alembic()}
    files.update(scriptdir())
    files.update(versions(chain(["aa11bb22cc33", "dd44ee55ff66"], msgs=["init", "add products"])))
    files["alembic/versions/0f0f0f0f0f0f_side.py"] = rev("0f0f0f0f0f0f", "aa11bb22cc33", "side", n=3)
    return files


case("150-pyproject-only",
     "configuration only in pyproject.toml [tool.alembic] (1.16+); no alembic.ini",
     pyproject_only(),
     why18="pyproject.toml support arrived in 1.16.0: 1.8.1 finds no alembic.ini and fails with "
           "`No config file 'alembic.ini' found, or file has no '[alembic]' section`.")


def pyproject_recursive():
    files = {"pyproject.toml": toml_alembic(extra='\nversion_locations = [\n    "%(here)s/alembic/versions",\n'
                                                  '    "%(here)s/plugins/billing/versions",\n]\n'
                                                  "recursive_version_locations = true\n")}
    files.update(scriptdir())
    files["alembic/versions/0001_base.py"] = rev("to000001", None, "base", n=1)
    files["alembic/versions/2026/0002_sub.py"] = rev("to000002", "to000001", "in subdir", n=2)
    files["plugins/billing/versions/0003_billing.py"] = rev("to000003", "to000001", "billing", n=3)
    return files


case("151-pyproject-list-and-bool",
     "pyproject.toml with a version_locations list and a real TOML boolean recursive_version_locations",
     pyproject_recursive(),
     why18="no pyproject.toml support in 1.8.1 (FAILED: no alembic.ini).")


def ini_and_pyproject():
    files = {"pyproject.toml": toml_alembic(), "alembic.ini": ini(script_location="%(here)s/db/migrations")}
    files.update(scriptdir())
    files.update(scriptdir("db/migrations"))
    files["alembic/versions/toml_head.py"] = rev("toml0001", None, "only reachable via pyproject", n=1)
    files.update(versions(chain(["ini00001", "ini00002"], msgs=["ini base", "ini head"]), "db/migrations/versions"))
    return files


case("152-ini-and-pyproject-ini-wins",
     "alembic.ini and pyproject.toml both set script_location: the ini wins",
     ini_and_pyproject())


def ini_without_key_plus_toml():
    files = {"pyproject.toml": toml_alembic(),
             "alembic.ini": ini(script_location=None, sep="path_separator = os")}
    files.update(scriptdir())
    files.update(versions(chain(["mix00001", "mix00002"])))
    return files


case("153-ini-lacks-key-toml-supplies",
     "alembic.ini has an [alembic] section without script_location; pyproject.toml supplies it",
     ini_without_key_plus_toml(),
     why18="1.8.1 ignores pyproject.toml; with no script_location in the ini section it fails.")


def other_ini():
    files = project(chain(["de0001", "de0002"], msgs=["dev base", "dev head"]))
    files["other.ini"] = ini(script_location="%(here)s/migrations_other")
    files.update(scriptdir("migrations_other"))
    files.update(versions([Rev("0a0001", None, "other base", file="0a0001_other_base.py"),
                           Rev("0a0002", "0a0001", "other left", file="0a0002_other_left.py"),
                           Rev("0a0003", "0a0001", "other right", file="0a0003_other_right.py")],
                          "migrations_other/versions"))
    return files


case("154-dash-c-other-ini",
     "-c other.ini selects a second config file (its project has two heads; alembic.ini's has one)",
     other_ini(), args="-c other.ini")


def multi_section():
    text = ini(script_location="%(here)s/main_db", section="alembic", logging=False)
    text += "\n\n[db2]\nscript_location = %(here)s/reports_db\nprepend_sys_path = .\npath_separator = os\n" \
            "sqlalchemy.url = driver://user:pass@localhost/reports\n" + LOGGING_INI
    files = {"alembic.ini": text}
    files.update(scriptdir("main_db"))
    files.update(scriptdir("reports_db"))
    files.update(versions(chain(["mdb00001", "mdb00002"]), "main_db/versions"))
    files.update(versions([Rev("rdb00001", None, "reports base", file="r1.py"),
                           Rev("rdb00002", "rdb00001", "reports a", file="r2.py", labels="reports_a"),
                           Rev("rdb00003", "rdb00001", "reports b", file="r3.py")], "reports_db/versions"))
    return files


case("155-dash-n-section",
     "-n db2 selects a second [db2] section of alembic.ini (multi-database ini)",
     multi_section(), args="-n db2")


def env_config():
    files = project(chain(["envd0001"]))
    files["config/alembic-prod.ini"] = ini(script_location="%(here)s/../prod_migrations")
    files.update(scriptdir("prod_migrations"))
    files.update(versions([Rev("prod0001", None, "prod base", file="p1.py"),
                           Rev("prod0002", "prod0001", "prod a", file="p2.py"),
                           Rev("prod0003", "prod0001", "prod b", file="p3.py")], "prod_migrations/versions"))
    return files


case("156-alembic-config-env",
     "ALEMBIC_CONFIG=config/alembic-prod.ini replaces the default alembic.ini; %(here)s/.. in script_location",
     env_config(), env=["ALEMBIC_CONFIG=config/alembic-prod.ini"])


def here_from_subdir():
    files = {"deploy/alembic.ini": ini(script_location="%(here)s/../db/migrations", sep="version_path_separator = os",
                                       extra="version_locations = %(here)s/../db/migrations/versions:"
                                             "%(here)s/../db/hotfixes")}
    files.update(scriptdir("db/migrations"))
    files.update(versions(chain(["he000001", "he000002"]), "db/migrations/versions"))
    files["db/hotfixes/he000003_hotfix.py"] = rev("he000003", "he000001", "hotfix", n=3)
    return files


case("157-here-from-config-subdir",
     "-c deploy/alembic.ini run from the tree root: %(here)s is the ini's directory (deploy/), "
     "including in version_locations",
     here_from_subdir(), args="-c deploy/alembic.ini")


def monorepo_relative():
    files = {"apps/backend/alembic.ini": ini(script_location="alembic"),
             "apps/frontend/package.json": '{\n  "name": "frontend",\n  "private": true\n}\n',
             "apps/backend/pyproject.toml": '[project]\nname = "backend"\nversion = "1.0.0"\n'}
    files.update(scriptdir("apps/backend/alembic"))
    files.update(versions([Rev("9f1e2d3c4b5a", None, "init"),
                           Rev("8e7d6c5b4a39", "9f1e2d3c4b5a", "add teams"),
                           Rev("7d6c5b4a3928", "9f1e2d3c4b5a", "add invites")], "apps/backend/alembic/versions",
                          style="ruff604"))
    return files


case("158-monorepo-relative-script-location",
     "monorepo: apps/backend/alembic.ini with relative `script_location = alembic`, run from apps/backend",
     monorepo_relative(), cwd="apps/backend")

case("159-relative-script-location-wrong-cwd",
     "same monorepo run from the tree root with -c apps/backend/alembic.ini: relative script_location "
     "resolves against the CWD, not the ini, so the script directory is missing",
     monorepo_relative(), args="-c apps/backend/alembic.ini",
     why18="missing script directory message: 1.8.1 prints the quoted absolute path "
           "(`Path doesn't exist: '$TREE/alembic'.`), 1.19 the value as given (`Path doesn't exist: alembic.`).")


def flask_migrate():
    files = {"migrations/alembic.ini": (
        "# A generic, single database configuration.\n\n[alembic]\n"
        "# template used to generate migration files\n# file_template = %%(rev)s_%%(slug)s\n\n"
        "# set to 'true' to run the environment during\n# the 'revision' command, regardless of autogenerate\n"
        "# revision_environment = false\n"
        "# added so that plain `alembic -c migrations/alembic.ini` works (Flask-Migrate sets it in code)\n"
        "script_location = migrations\n\n\n"
        "# Logging configuration\n[loggers]\nkeys = root,sqlalchemy,alembic,flask_migrate\n\n"
        "[handlers]\nkeys = console\n\n[formatters]\nkeys = generic\n\n"
        "[logger_root]\nlevel = WARN\nhandlers = console\nqualname =\n\n"
        "[logger_sqlalchemy]\nlevel = WARN\nhandlers =\nqualname = sqlalchemy.engine\n\n"
        "[logger_alembic]\nlevel = INFO\nhandlers =\nqualname = alembic\n\n"
        "[logger_flask_migrate]\nlevel = INFO\nhandlers =\nqualname = flask_migrate\n\n"
        "[handler_console]\nclass = StreamHandler\nargs = (sys.stderr,)\nlevel = NOTSET\nformatter = generic\n\n"
        "[formatter_generic]\nformat = %(levelname)-5.5s [%(name)s] %(message)s\ndatefmt = %H:%M:%S\n"),
        "app.py": "from flask import Flask\nfrom flask_migrate import Migrate\nfrom flask_sqlalchemy import "
                  "SQLAlchemy\n\napp = Flask(__name__)\ndb = SQLAlchemy(app)\nmigrate = Migrate(app, db)\n"}
    files.update(scriptdir("migrations", mako=MAKO_18.replace("def upgrade() -> None:", "def upgrade():")
                           .replace("def downgrade() -> None:", "def downgrade():"), env=FLASK_ENV_PY,
                           readme=False))
    files["migrations/README"] = "Single-database configuration for Flask.\n"
    files.update(versions([Rev("4e8b1a2c3d5f", None, "users table"),
                           Rev("5f9c2b3d4e6a", "4e8b1a2c3d5f", "posts table"),
                           Rev("6a0d3c4e5f7b", "4e8b1a2c3d5f", "followers")], "migrations/versions", style="a089"))
    return files


case("160-flask-migrate-layout",
     "Flask-Migrate layout: migrations/alembic.ini (given a script_location) run with -c migrations/alembic.ini",
     flask_migrate(), args="-c migrations/alembic.ini")


def ini_syntax():
    text = ("; comment with a semicolon\n[alembic]\n# Option names are case-insensitive, ':' works as a delimiter\n"
            "SCRIPT_LOCATION: %(here)s/alembic\n    # an indented comment line\n"
            "prepend_sys_path = .\n"
            "version_path_separator=os\n"
            "version_locations=%(here)s/alembic/versions:%(here)s/more_versions\n\n"
            "[unrelated]\nscript_location = %(here)s/nowhere\n")
    files = {"alembic.ini": text}
    files.update(scriptdir())
    files.update(versions(chain(["sx000001", "sx000002"])))
    files["more_versions/sx000003_more.py"] = rev("sx000003", "sx000001", "more", n=3)
    return files


case("161-ini-syntax-variants",
     "ini parsing: `;` comments, an indented comment line after a value, upper-case key, `:` delimiter, "
     "no spaces around `=`, an unrelated section",
     ini_syntax())

case("163-vloc-value-on-continuation-line",
     "version_locations value starting on the next (indented) line with version_path_separator = os: "
     "the first piece starts with a newline, which 1.13.3+ strips",
     vloc_project("version_path_separator = os",
                  "version_locations =\n    %(here)s/alembic/versions:%(here)s/extra/versions:%(here)s/third/versions"),
     why18="1.8.1 does not strip split pieces: the first piece is '\\n<here>/alembic/versions', a relative path "
           "that does not exist, so the base is never loaded and the other heads' parent is missing (KeyError).")


def here_in_versions_with_dotdot():
    files = {"alembic.ini": ini(script_location="%(here)s/./alembic",
                                extra="version_locations = %(here)s/alembic/../alembic/versions")}
    files.update(scriptdir())
    files.update(versions(chain(["dd000001", "dd000002"])))
    return files


case("162-dotdot-in-paths",
     "`.` and `..` components in script_location and version_locations (Path: lines keep them)",
     here_in_versions_with_dotdot())

# ----- 2xx: revision file styles -------------------------------------------


def style_case(style, mako, extra_revs=()):
    revs = [Rev("5ty1e%07d" % 1, None, "create users table", style=style),
            Rev("5ty1e%07d" % 2, "5ty1e0000001", "add organisations", style=style),
            Rev("5ty1e%07d" % 3, "5ty1e0000001", "add email to users", style=style),
            Rev("5ty1e%07d" % 4, ("5ty1e0000002", "5ty1e0000003"), "merge heads", style=style),
            Rev("5ty1e%07d" % 5, "5ty1e0000004", "add api keys", style=style, labels=("core",)),
            Rev("5ty1e%07d" % 6, "5ty1e0000004", "add webhooks", style=style, deps=("5ty1e0000005",))]
    return project(revs + list(extra_revs), mako=mako)


case("201-style-0.6-ids-before-imports",
     "Alembic <=0.6 template: identifiers before the imports, no branch_labels/depends_on lines",
     style_case("a06", MAKO_07))
case("202-style-0.7-ids-before-imports",
     "Alembic 0.7-0.8.7 template: identifiers (with branch_labels/depends_on) before the imports",
     style_case("a07", MAKO_07))
case("203-style-0.8.9-untyped",
     "Alembic 0.8.9-1.7 template: imports first, untyped identifiers, def upgrade():",
     style_case("a089", MAKO_18))
case("204-style-1.8-untyped",
     "Alembic 1.8-1.11.1 template (Debian's): untyped identifiers, def upgrade() -> None:",
     style_case("a18", MAKO_18))
case("205-style-1.11.2-typed",
     "Alembic 1.11.2-1.16.1 template: `revision: str = `, `down_revision: Union[str, None] = ` (merge tuple too)",
     style_case("a1112", MAKO_119))
case("206-style-1.16.2-typed",
     "Alembic 1.16.2+ template: `down_revision: Union[str, Sequence[str], None] = `, function docstrings",
     style_case("a1162", MAKO_119))
case("207-style-black",
     "black/ruff-formatted files: double quotes, isort-ed imports, exploded tuples with trailing commas",
     style_case("black", MAKO_119))
case("208-style-pep604",
     "PEP 604 annotations: `down_revision: str | Sequence[str] | None`, `from __future__ import annotations`",
     style_case("ruff604", MAKO_119))


def crlf_case():
    files = project([])
    revs = chain(["cr000001", "cr000002", "cr000003"], style="a1162")
    revs.append(Rev("cr000004", "cr000002", "side branch", style="black"))
    for path, text in versions(revs).items():
        files[path] = text.replace("\n", "\r\n").encode("utf-8")
    return files


case("209-crlf-line-endings",
     "revision files with CRLF line endings (Windows checkout): parsed normally",
     crlf_case())


def bom_case():
    files = project([])
    revs = [Rev("b0e00001", None, "init"), Rev("b0e00002", "b0e00001", "añadir índice de facturas", style="black"),
            Rev("b0e00003", "b0e00001", "Straße umbenennen")]
    for path, text in versions(revs).items():
        files[path] = b"\xef\xbb\xbf" + text.encode("utf-8")
    return files


case("210-utf8-bom",
     "UTF-8 files starting with a byte-order mark, non-ASCII messages",
     bom_case())


def latin1_case():
    files = project([])
    files["alembic/versions/l1000001_init.py"] = rev("l1000001", None, "init", n=1)
    text = ("# -*- coding: latin-1 -*-\n" +
            rev("l1000002", "l1000001", "Ajout de la colonne `année` (café)", n=2,
                body=("op.add_column('factures', sa.Column('année', sa.Integer(), nullable=True))  # défaut: ø",
                      "op.drop_column('factures', 'année')")))
    files["alembic/versions/l1000002_annee.py"] = text.encode("latin-1")
    text = ("#!/usr/bin/env python\n# vim: set fileencoding=iso-8859-15 :\n" +
            rev("l1000003", "l1000001", "Prix en € et taux réduit", n=3, style="a089"))
    files["alembic/versions/l1000003_prix.py"] = text.encode("iso-8859-15")
    return files


case("211-latin1-coding-cookie",
     "PEP 263 coding cookies: latin-1 on line 1, iso-8859-15 (vim form) on line 2 after a shebang; non-UTF-8 bytes",
     latin1_case())

TAB_FILE = ('"""tabbed file\n\nRevision ID: tab00002\nRevises: tab00001\nCreate Date: 2025-10-01 10:00:00\n\n"""\n'
            "from alembic import op\nimport sqlalchemy as sa\n\n"
            "# revision identifiers, used by Alembic.\n"
            "revision\t=\t'tab00002'\n"
            "down_revision =\t'tab00001'\n"
            "branch_labels\t= None\n"
            "depends_on = None\n\n\n"
            "def upgrade():\n"
            "\top.create_table(\n"
            "\t\t'tabs',\n"
            "\t\tsa.Column('id', sa.Integer(), nullable=False),\n"
            "\t)\n"
            "\tif True:\n"
            "\t\trevision = 'inner'\n\n\n"
            "def downgrade():\n"
            "\top.drop_table('tabs')\n")

case("212-tabs",
     "tabs around `=` in identifier lines and tab-indented function bodies",
     project([Rev("tab00001", None, "init", file="tab00001_init.py"),
              ("tab00002_tabbed.py", TAB_FILE),
              Rev("tab00003", "tab00001", "sibling", file="tab00003_sibling.py")]))

SEMI_FILE = ('"""semicolons\n\nRevision ID: se000002\nRevises: se000001\nCreate Date: 2025-10-02 11:00:00\n\n"""\n'
             "from alembic import op; import sqlalchemy as sa\n\n"
             "revision = 'se000002'; down_revision = 'se000001'; branch_labels = None; depends_on = None\n\n\n"
             "def upgrade(): op.execute(\"CREATE EXTENSION IF NOT EXISTS pg_trgm\")\n\n\n"
             "def downgrade(): pass\n")
SEMI_FILE2 = ('"""semicolon with trailing one\n\nRevision ID: se000003\nRevises: se000001\n"""\n'
              "revision = 'se000003';\ndown_revision = 'se000001' ;  # trailing semicolon\n"
              "def upgrade(): pass\ndef downgrade(): pass\n")

case("213-semicolons",
     "several statements on one line separated by `;`, and trailing semicolons",
     project([Rev("se000001", None, "init", file="se000001_init.py"),
              ("se000002_semicolons.py", SEMI_FILE), ("se000003_trailing.py", SEMI_FILE2)]))

BACKSLASH_FILE = ('"""backslash continuation\n\nRevision ID: bs000002\nRevises: bs000001\n'
                  'Create Date: 2025-10-03 12:00:00\n\n"""\n'
                  "from alembic import op\nimport sqlalchemy as sa\n\n"
                  "revision = \\\n    'bs000002'\n"
                  "down_revision \\\n    = 'bs000001'\n"
                  "branch_labels = None\ndepends_on = \\\n    None\n\n\n"
                  "def upgrade():\n    op.execute(\"SELECT 1\")\n\n\ndef downgrade():\n    pass\n")
BACKSLASH_FILE2 = ('"""backslash inside a tuple and a merge\n\nRevision ID: bs000004\nRevises: bs000002, bs000003\n"""\n'
                   "revision = 'bs000004'\n"
                   "down_revision = ('bs000002', \\\n                 'bs000003')\n"
                   "def upgrade():\n    pass\ndef downgrade():\n    pass\n")

case("214-backslash-continuation",
     "identifier assignments continued with `\\` line continuations (before and after `=`)",
     project([Rev("bs000001", None, "init", file="bs000001_init.py"),
              ("bs000002_backslash.py", BACKSLASH_FILE),
              Rev("bs000003", "bs000001", "sibling", file="bs000003_sibling.py"),
              ("bs000004_merge.py", BACKSLASH_FILE2)]))

CONCAT_FILE = ('"""implicit concatenation\n\nRevision ID: 2026_04_concat\nRevises: 2026_04_base\n"""\n'
               "from alembic import op\n\n"
               "revision = '2026_04' '_concat'\n"
               "down_revision = (\n    '2026_04'\n    \"_base\"  # adjacent literals, any quotes\n)\n"
               "branch_labels = None\ndepends_on = None\n\n\n"
               "def upgrade():\n    op.execute(\n        \"UPDATE t SET a = 1 \"\n        \"WHERE b = 2\"\n    )\n\n\n"
               "def downgrade():\n    pass\n")

case("215-implicit-concatenation",
     "adjacent string literals concatenate: `'2026_04' '_concat'`, and inside parentheses across lines",
     project([Rev("2026_04_base", None, "base", file="2026_04_base.py"),
              ("2026_04_concat.py", CONCAT_FILE),
              Rev("2026_04_tail", "2026_04_concat", "tail", file="2026_04_tail.py", style="black")]))

PREFIX_FILES = [
    ("px000002_u.py", '"""u prefix"""\nrevision = u\'px000002\'\ndown_revision = U"px000001"\n'
                      "def upgrade():\n    pass\n\ndef downgrade():\n    pass\n"),
    ("px000003_r.py", '"""raw prefix"""\nrevision = r\'px000003\'\ndown_revision = R"px000001"\n'
                      "branch_labels = r'raw_label'\n"
                      "def upgrade():\n    op.execute(r\"SELECT '\\d+'\")\n\ndef downgrade():\n    pass\n"),
    ("px000004_triple.py", '"""triple quotes"""\nrevision = \'\'\'px000004\'\'\'\ndown_revision = """px000002"""\n'
                           "def upgrade():\n    pass\n\ndef downgrade():\n    pass\n"),
    ("px000005_escape.py", '"""escapes in a literal"""\nrevision = \'px\\x3000005\'  # \\x30 is 0\n'
                           "down_revision = 'px000003'\ndef upgrade():\n    pass\n\ndef downgrade():\n    pass\n"),
]

case("216-string-prefixes",
     "string prefixes u/U/r/R, triple-quoted literals and a \\x escape inside an id literal",
     project([Rev("px000001", None, "init", file="px000001_init.py")] + PREFIX_FILES))

LIST_FILE = ('"""lists instead of tuples\n\nRevision ID: li000004\nRevises: li000002, li000003\n"""\n'
             "revision = 'li000004'\ndown_revision = ['li000002', 'li000003']\n"
             "branch_labels = ['listed']\ndepends_on = []\n\n"
             "def upgrade():\n    pass\n\ndef downgrade():\n    pass\n")
LIST_FILE2 = ('"""single-element list"""\nrevision = "li000005"\ndown_revision = ["li000004"]\n'
              "depends_on = ['li000003']\n"
              "def upgrade():\n    pass\n\ndef downgrade():\n    pass\n")

case("217-lists-instead-of-tuples",
     "down_revision/branch_labels/depends_on written as lists, including [] and a one-element list",
     project([Rev("li000001", None, "init", file="li000001.py"),
              Rev("li000002", "li000001", "a", file="li000002.py"),
              Rev("li000003", "li000001", "b", file="li000003.py"),
              ("li000004.py", LIST_FILE), ("li000005.py", LIST_FILE2)]))

BARE_TUPLE = ('"""bare tuple"""\nrevision = "bt000002"\ndown_revision = "bt000001",\nbranch_labels = "bare",\n'
              "def upgrade():\n    pass\n\ndef downgrade():\n    pass\n")
BARE_TUPLE2 = ('"""bare two-tuple merge"""\nrevision = "bt000004"\ndown_revision = "bt000002", "bt000003"\n'
               "def upgrade():\n    pass\n\ndef downgrade():\n    pass\n")

case("218-bare-tuple",
     "tuples without parentheses: `down_revision = 'x',` (one element) and `'a', 'b'` (a merge)",
     project([Rev("bt000001", None, "init", file="bt000001.py"),
              ("bt000002.py", BARE_TUPLE),
              Rev("bt000003", "bt000001", "c", file="bt000003.py"),
              ("bt000004.py", BARE_TUPLE2)]))

LAST_WINS = ('"""last assignment wins\n\nRevision ID: lw000003\nRevises: lw000002\n"""\n'
             "from alembic import op\n\n"
             "# revision identifiers, used by Alembic.\n"
             "revision = 'lw000002_copy'\n"
             "down_revision = 'lw000001'\n"
             "branch_labels = ('old_label',)\n"
             "depends_on = None\n\n"
             "# fixed after rebase: re-pointed onto the new head\n"
             "revision = 'lw000003'\n"
             "down_revision = 'lw000002'\n"
             "branch_labels = None\n\n\n"
             "def upgrade():\n    pass\n\n\ndef downgrade():\n    pass\n")

case("219-last-assignment-wins",
     "identifiers assigned twice at module level: the last binding wins (revision, down_revision, branch_labels)",
     project([Rev("lw000001", None, "init", file="lw000001.py"),
              Rev("lw000002", "lw000001", "second", file="lw000002.py"),
              ("lw000003.py", LAST_WINS)]))

LOOKALIKE1 = ('"""look-alikes in text\n\nrevision = \'la_docstring\'\ndown_revision = None\n\n'
              "Revision ID: la000002\nRevises: la000001\n\"\"\"\n"
              "# revision = 'la_comment'\n"
              "#down_revision = 'la_comment_parent'\n"
              "NOTE = \"\"\"\nrevision = 'la_string'\ndown_revision = None\n\"\"\"\n"
              "HELP = 'revision = \"la_str2\"'\n"
              "revision_old = 'la_prefixed_name'\n"
              "old_down_revision = 'la_missing'\n"
              "revision = 'la000002'  # revision = 'la_trailing_comment'\n"
              "down_revision = 'la000001'\n\n\n"
              "def upgrade():\n    pass\n\n\ndef downgrade():\n    pass\n")
LOOKALIKE2 = ('"""look-alikes in code blocks\n\nRevision ID: la000003\nRevises: la000001\n"""\n'
              "import sys\nfrom typing import TYPE_CHECKING\n\n"
              "from alembic import op\n\n"
              "revision = 'la000003'\ndown_revision = 'la000001'\n"
              "branch_labels = None\n\n"
              "if TYPE_CHECKING:\n    revision = 'la_type_checking'\n    down_revision = 'la_missing'\n\n"
              "if sys.version_info < (3, 0):\n    revision = 'la_py2'\nelif sys.version_info < (3, 4):\n"
              "    branch_labels = ('old_python',)\n\n"
              "class Meta:\n    revision = 'la_class_attr'\n    down_revision = 'la_missing'\n\n\n"
              "def helper():\n    revision = 'la_local'\n    global_down = 'x'\n    return revision\n\n\n"
              "def upgrade():\n    down_revision = 'la_local_in_upgrade'\n    op.execute(\"SELECT 1\")\n\n\n"
              "def downgrade():\n    pass\n\n\n"
              "for _ in ():\n    revision = 'la_loop'\n"
              "while False:\n    down_revision = 'la_while'\n"
              "try:\n    pass\nexcept ImportError:\n    revision = 'la_except'\n"
              "_ = lambda: 'revision = la_lambda'\n")

case("220-lookalikes-ignored",
     "`revision = ...` text inside docstrings, comments, strings, defs, classes and false `if`/loop/except "
     "blocks does not count",
     project([Rev("la000001", None, "init", file="la000001.py"),
              ("la000002.py", LOOKALIKE1), ("la000003.py", LOOKALIKE2)]))


def constants_module_case():
    files = project([], ini_text=ini(extra=""))
    files["myapp/__init__.py"] = ""
    files["myapp/migrations/__init__.py"] = ""
    files["myapp/migrations/ids.py"] = ('"""Shared revision ids, so branches can refer to each other."""\n\n'
                                        "BASE_REVISION = 'c0n50001'\n"
                                        "BILLING_HEAD = 'c0n50002'\n"
                                        "BILLING_LABEL = 'billing'\n")
    v = "alembic/versions/"
    files[v + "c0n50001_base.py"] = rev("c0n50001", None, "base", n=1)
    files[v + "c0n50002_billing.py"] = rev("c0n50002", X("ids.BASE_REVISION"), "billing", n=2,
                                           labels=X("(ids.BILLING_LABEL,)"),
                                           imports_extra="\nfrom myapp.migrations import ids\n", style="a1162")
    files[v + "c0n50003_reports.py"] = rev("c0n50003", X("BASE_REVISION"), "reports", n=3,
                                           deps=X("BILLING_HEAD"),
                                           imports_extra="\nfrom myapp.migrations.ids import BASE_REVISION, "
                                                         "BILLING_HEAD\n", style="a1162")
    files[v + "c0n50004_more.py"] = rev("c0n50004", X("myapp.migrations.ids.BILLING_HEAD"), "more billing", n=4,
                                        imports_extra="\nimport myapp.migrations.ids\n", style="a089")
    return files


case("221-module-constants",
     "identifiers from a module in an ancestor directory: `ids.BASE_REVISION`, `from ... import NAME`, "
     "dotted `myapp.migrations.ids.BILLING_HEAD` (prepend_sys_path = .)",
     constants_module_case())

CONST1 = ('"""same-file constants\n\nRevision ID: 2026_orders\nRevises: 2026_base\n"""\n'
          "from alembic import op\n\n"
          "PREFIX = '2026'\nPARENT = PREFIX + '_base'\n\n"
          "revision = PREFIX + '_orders'\ndown_revision = PARENT\nbranch_labels = None\ndepends_on = None\n\n\n"
          "def upgrade():\n    pass\n\n\ndef downgrade():\n    pass\n")
CONST2 = ('"""percent formatting\n\nRevision ID: 2026_invoices\nRevises: 2026_orders\n"""\n'
          "PREFIX = '2026'\n"
          "revision = '%s_invoices' % PREFIX\ndown_revision = '%s_%s' % (PREFIX, 'orders')\n\n"
          "def upgrade():\n    pass\n\n\ndef downgrade():\n    pass\n")
CONST3 = ('"""f-string and lower()\n\nRevision ID: 2026_refunds\nRevises: 2026_invoices\n"""\n'
          "YEAR = 2026\nNAME = 'REFUNDS'\n"
          "revision = f'{YEAR}_{NAME.lower()}'\ndown_revision = '2026_INVOICES'.lower()\n"
          "depends_on = f\"{YEAR}_orders\"\n\n"
          "def upgrade():\n    pass\n\n\ndef downgrade():\n    pass\n")
CONST4 = ('"""name reference chain\n\nRevision ID: 2026_credits\n"""\n'
          "_parent = \"2026_\" \"orders\"\nrevision = _rev = '2026_credits'\ndown_revision = _parent\n"
          "branch_labels, depends_on = ('credits',), None\n\n"
          "def upgrade():\n    pass\n\n\ndef downgrade():\n    pass\n")

case("222-same-file-constants",
     "same-file constants: `PREFIX + '_x'`, `'%s_x' % PREFIX`, f-strings, `.lower()`, chained assignment "
     "and tuple unpacking",
     project([Rev("2026_base", None, "base", file="2026_base.py"),
              ("2026_orders.py", CONST1), ("2026_invoices.py", CONST2), ("2026_refunds.py", CONST3),
              ("2026_credits.py", CONST4)]))

MAKE_ID = ('"""computed id\n\nRevision ID: (computed)\nRevises: cp000001\n"""\n'
           "import hashlib\n\nfrom alembic import op\n\n\n"
           "def make_id(seed='payments-v2'):\n    return hashlib.sha1(seed.encode()).hexdigest()[:12]\n\n\n"
           "revision = make_id()\ndown_revision = 'cp000001'\nbranch_labels = None\ndepends_on = None\n\n\n"
           "def upgrade():\n    pass\n\n\ndef downgrade():\n    pass\n")

case("223-computed-revision-make-id",
     "`revision = make_id()`: the id only exists at run time (hashlib); a static reader must refuse this file",
     project([Rev("cp000001", None, "init", file="cp000001_init.py"),
              ("cp000002_computed.py", MAKE_ID),
              Rev("cp000003", "cp000001", "sibling", file="cp000003_sibling.py")]),
     onehead_fails="cp000002_computed.py")

GET_PARENT = ('"""computed parent\n\nRevision ID: gp000003\n"""\n'
              "import os\nimport re\n\n\n"
              "def get_parent():\n"
              "    here = os.path.dirname(os.path.abspath(__file__))\n"
              "    names = sorted(n for n in os.listdir(here) if re.match(r'gp\\d+_', n))\n"
              "    previous = names[names.index(os.path.basename(__file__)) - 1]\n"
              "    return previous.split('_')[0]\n\n\n"
              "revision = 'gp000003'\ndown_revision = get_parent()\n\n\n"
              "def upgrade():\n    pass\n\n\ndef downgrade():\n    pass\n")

case("224-computed-down-revision",
     "`down_revision = get_parent()` reads the directory at import time; a static reader must refuse it",
     project([Rev("gp000001", None, "init", file="gp000001_init.py"),
              Rev("gp000002", "gp000001", "second", file="gp000002_second.py"),
              ("gp000003_third.py", GET_PARENT),
              Rev("gp000004", "gp000001", "sibling", file="gp000004_sibling.py")]),
     onehead_fails="gp000003_third.py")

ANNOT_ONLY = ('"""bare annotations\n\nRevision ID: an000002\n"""\n'
              "from typing import Optional, Sequence, Union\n\n"
              "revision: str = 'an000002'\ndown_revision: Optional[str] = 'an000001'\n"
              "branch_labels: Union[str, Sequence[str], None]\n"
              "depends_on: tuple[str, ...]\n\n"
              "def upgrade() -> None:\n    pass\n\ndef downgrade() -> None:\n    pass\n")
ANNOT_ONLY2 = ('"""bare annotation before value\n\nRevision ID: an000003\n"""\n'
               "revision: str\nrevision = 'an000003'\ndown_revision: \"str | None\" = 'an000001'\n"
               "branch_labels: tuple[str, str] | None = ('annotated',)\n\n"
               "def upgrade() -> None:\n    pass\n\ndef downgrade() -> None:\n    pass\n")

case("225-bare-annotations",
     "an annotation without a value binds nothing (branch_labels/depends_on default); later assignment counts; "
     "Optional[str], string annotation, tuple[str, str] | None",
     project([Rev("an000001", None, "init", file="an000001.py"),
              ("an000002.py", ANNOT_ONLY), ("an000003.py", ANNOT_ONLY2)]))

EMPTY_TUPLES = [
    ("et000002.py", '"""empty tuple is a base"""\nrevision = "et000002"\ndown_revision = ()\n'
                    "def upgrade():\n    pass\ndef downgrade():\n    pass\n"),
    ("et000003.py", '"""empty list is a base"""\nrevision = "et000003"\ndown_revision = []\n'
                    "branch_labels = ()\ndepends_on = []\n"
                    "def upgrade():\n    pass\ndef downgrade():\n    pass\n"),
]

case("226-down-revision-empty-tuple-list",
     "`down_revision = ()` and `= []` are bases (three independent bases, three heads)",
     project([Rev("et000001", None, "init", file="et000001.py")] + EMPTY_TUPLES))


def mixed_eras():
    revs = [Rev("3e1a00000001", None, "initial", style="a06"),
            Rev("3e1a00000002", "3e1a00000001", "accounts", style="a07"),
            Rev("3e1a00000003", "3e1a00000002", "sessions", style="a089"),
            Rev("3e1a00000004", "3e1a00000003", "tokens", style="a18"),
            Rev("3e1a00000005", "3e1a00000004", "scopes", style="a1112"),
            Rev("3e1a00000006", "3e1a00000005", "audit", style="a1162"),
            Rev("3e1a00000007", "3e1a00000006", "reformatted by ruff", style="black"),
            Rev("3e1a00000008", "3e1a00000006", "pep 604 sibling", style="ruff604")]
    return project(revs)


case("227-mixed-eras-one-tree",
     "one long-lived project: files from every template era plus black and PEP 604 styles, ending in two heads",
     mixed_eras())

# ----- 3xx: failures --------------------------------------------------------

HELPERS = ('"""Shared helpers for migrations."""\nimport sqlalchemy as sa\n\n\n'
           "def uuid_pk(name='id'):\n    return sa.Column(name, sa.Uuid(), primary_key=True)\n")

case("301-fail-helpers-without-revision",
     "a helper module `_helpers.py` in versions/ has no `revision`: FAILED Could not determine revision id (255)",
     project(chain(["he1p0001", "he1p0002"]) + [("_helpers.py", HELPERS)]))

case("302-fail-missing-script-dir",
     "script_location points at a directory that does not exist: FAILED Path doesn't exist",
     {"alembic.ini": ini(script_location="%(here)s/migrations")},
     why18="1.8.1 prints the quoted absolute path (`Path doesn't exist: '$TREE/migrations'.`); 1.19 prints the "
           "value as given without quotes (pathlib refactor, 1.16.0); here both are absolute because of %(here)s.")

case("303-fail-missing-script-location",
     "the [alembic] section exists but has no script_location: FAILED",
     dict(project([Rev("ns000001", None, "init")]), **{"alembic.ini": ini(script_location=None)}))

case("304-fail-no-config-file",
     "no alembic.ini and no pyproject.toml in the CWD",
     {"alembic/env.py": ENV_PY, "alembic/script.py.mako": MAKO_119,
      "alembic/versions/nc000001_init.py": rev("nc000001", None, "init")},
     why18="1.8.1: `No config file 'alembic.ini' found, or file has no '[alembic]' section`; 1.19: "
           "`No 'script_location' key found in configuration.` (1.16.0).")

NO_DOWN = ('"""forgot down_revision\n\nRevision ID: nd000002\n"""\n'
           "from alembic import op\n\nrevision = 'nd000002'\n# down_revision = 'nd000001'\n"
           "branch_labels = None\ndepends_on = None\n\n\ndef upgrade():\n    pass\n\n\ndef downgrade():\n    pass\n")

case("305-fail-missing-down-revision",
     "a revision file without `down_revision`: uncaught AttributeError (exit 1)",
     project([Rev("nd000001", None, "init", file="nd000001.py"), ("nd000002.py", NO_DOWN)]))

case("306-fail-down-revision-missing-id",
     "down_revision names an id no file defines: warning, then KeyError (exit 1)",
     project([Rev("aaaa0001", None, "base", file="a1.py"),
              Rev("bbbb0001", "zzzz0001", "b1 doc", file="b1.py")]))

case("307-fail-down-revision-partial-id",
     "down_revision is a prefix of a real id (partial ids are not resolved): KeyError",
     project([Rev("aaaa0001bbbb", None, "base", file="a1.py"),
              Rev("cccc0001dddd", "aaaa", "child by prefix", file="c1.py")]))

case("308-fail-down-revision-branch-label",
     "down_revision names a branch label instead of an id: KeyError",
     project([Rev("aaaa0001", None, "base", file="a1.py", labels=("core",)),
              Rev("bbbb0001", "core", "child by label", file="b1.py")]))

case("309-fail-down-revision-file-name",
     "down_revision is the previous file's name (`<id>_<slug>`) instead of its id: KeyError",
     project([Rev("20260408_cached_thoughts", None, "cached thoughts", file="20260408_cached_thoughts.py"),
              Rev("20260414_payment_tables", "20260408_cached_thoughts", "add payment tables",
                  file="20260414_add_payment_tables.py"),
              Rev("20260417_purchase_correlation_id", "20260414_add_payment_tables", "purchase correlation id",
                  file="20260417_purchase_correlation_id.py")], style="black"))

case("310-fail-cycle-with-base",
     "b -> c -> b with a proper base elsewhere: CycleDetected, ids sorted",
     project([Rev("aaaa0001", None, "base", file="a1.py"),
              Rev("cccc0001", "bbbb0001", "c", file="b1.py"),
              Rev("bbbb0001", "cccc0001", "b", file="c1.py")]))

case("311-fail-fully-cyclic",
     "every revision is in a cycle (no base, no head): CycleDetected, ids in load order",
     project([Rev("zz000003", "zz000001", "three", file="z1.py"),
              Rev("zz000001", "zz000002", "one", file="z2.py"),
              Rev("zz000002", "zz000003", "two", file="z3.py")]),
     why18="with no head or no base the ids are listed in load order (unsorted), and 1.8.1 loads files in "
           "os.listdir order, 1.19 in sorted order.")

case("312-fail-self-loop",
     "down_revision contains the revision's own id: Self-loop is detected",
     project([Rev("aaaa0001", None, "base", file="a1.py"),
              Rev("bbbb0001", ("aaaa0001", "bbbb0001"), "loop", file="b1.py")]))

case("313-fail-dependency-cycle",
     "depends_on closes a cycle with down_revision links: Dependency cycle is detected",
     project([Rev("aaaa0001", None, "base", file="a1.py", deps="cccc0001"),
              Rev("bbbb0001", "aaaa0001", "b", file="b1.py"),
              Rev("cccc0001", "bbbb0001", "c", file="c1.py")]),
     why18="no real head remains (the only head is depended upon), so the ids are listed in load order: "
           "os.listdir order in 1.8.1, sorted file names in 1.19.")

case("314-fail-dependency-self-loop",
     "depends_on names the revision itself: Dependency self-loop is detected",
     project([Rev("aaaa0001", None, "base", file="a1.py"),
              Rev("bbbb0001", "aaaa0001", "b", file="b1.py", deps=("bbbb0001",))]))

case("315-fail-depends-on-missing",
     "depends_on names an unknown id: KeyError without a warning",
     project([Rev("aaaa0001", None, "base", file="a1.py"),
              Rev("bbbb0001", "aaaa0001", "b", file="b1.py", deps="nope0001")]))

case("316-fail-duplicate-branch-label",
     "the same branch label on two loaded revisions: RevisionError Branch name ... already used. The two "
     "revisions are copies of one id (a labelled revision plus its _BACKUP_ leftover), because for two "
     "different ids Alembic names them in an order that varies from run to run",
     project([Rev("aaaa0001", None, "base", file="a1.py"),
              Rev("bbbb0001", "aaaa0001", "b", file="b1.py", labels=("feature",)),
              Rev("bbbb0001", "aaaa0001", "b", file="b1_BACKUP_2231.py", labels=("feature",)),
              Rev("cccc0001", "aaaa0001", "c", file="c1.py")]))

case("328-fail-label-repeated-in-one-revision",
     "a revision listing the same branch label twice (`('feature', 'feature')`): RevisionError naming itself",
     project([Rev("aaaa0001", None, "base", file="a1.py"),
              Rev("bbbb0001", "aaaa0001", "b", file="b1.py", labels=("feature", "feature"))]))

case("329-fail-empty-id-self-loop",
     "`revision = ''` with `down_revision = ('',)`: the one-tuple is true where `''` is not, so Alembic "
     "looks into it and finds a self-loop (LoopDetected)",
     project([Rev("aaaa0001", None, "base", file="a1.py"),
              Rev("", ("",), "empty id", file="b1.py")]))

case("317-fail-label-equals-revision-id",
     "a branch label equal to another revision's id: RevisionError",
     project([Rev("aaaa0001", None, "base", file="a1.py"),
              Rev("bbbb0001", "aaaa0001", "b", file="b1.py", labels=("aaaa0001",))]))

case("318-fail-illegal-char-dash",
     "revision id containing `-`: RevisionError Character(s) '-' not allowed",
     project([Rev("base-0001", None, "base", file="a1.py")]))

case("319-fail-illegal-char-at",
     "revision id containing `@` (and `+`): RevisionError listing the sorted characters",
     project([Rev("aaaa0001", None, "base", file="a1.py"),
              Rev("rel+1@2", "aaaa0001", "bad", file="b1.py")]))

case("320-fail-illegal-char-colon",
     "revision id containing `:`: rejected since 1.17.1",
     project([Rev("aaaa0001", None, "base", file="a1.py"),
              Rev("my:rev", "aaaa0001", "colon", file="b1.py")]),
     why18="`:` in revision ids was accepted before 1.17.1 (#1540): 1.8.1 loads `my:rev` as a normal head.")

case("321-fail-down-revision-empty-string",
     "`down_revision = ''`: 1.19 treats it as a parent id '' (warning + KeyError)",
     project([Rev("aaaa0001", None, "base", file="a1.py"),
              Rev("bbbb0001", "", "empty string parent", file="b1.py")]),
     why18="before 1.12.1 an empty-string down_revision was a base: 1.8.1 prints two heads (two bases); "
           "1.19 warns `Revision  referenced from ... is not present` and raises KeyError: ''.")

SYNTAX = ('"""syntax error\n\nRevision ID: sy000002\nRevises: sy000001\n"""\n'
          "from alembic import op\n\nrevision = 'sy000002'\ndown_revision = 'sy000001'\n\n\n"
          "def upgrade():\n    op.execute(\"SELECT 1\"\n\n\ndef downgrade():\n    pass\n")

case("322-fail-syntax-error",
     "a revision file with a Python syntax error (unclosed parenthesis): SyntaxError traceback",
     project([Rev("sy000001", None, "init", file="sy000001.py"), ("sy000002.py", SYNTAX)]))

case("323-fail-ini-duplicate-key",
     "script_location given twice in one ini section: configparser DuplicateOptionError",
     dict(project(chain(["dk000001"])), **{"alembic.ini": ini(extra="script_location = %(here)s/alembic")}),
     why18="same error; 1.16+ passes a pathlib.Path to ConfigParser.read, so the message says "
           "`PosixPath('alembic.ini')` where 1.8.1 says `'alembic.ini'`.")

case("324-fail-ini-bad-interpolation",
     "a lone `%` in an ini value: configparser InterpolationSyntaxError",
     dict(project(chain(["bi000001"])), **{"alembic.ini": ini(script_location="%(here)s/alembic%")}))

INT_REV = ('"""integer id"""\nrevision = 20260413\ndown_revision = None\n'
           "def upgrade():\n    pass\ndef downgrade():\n    pass\n")

case("325-fail-revision-not-a-string",
     "`revision = 20260413` (an int, not a str)",
     project([("20260413_int.py", INT_REV)]))

case("326-fail-toml-bool-as-string",
     "pyproject.toml recursive_version_locations = \"true\" (a string): boolean value expected",
     dict(pyproject_only(), **{"pyproject.toml": toml_alembic(extra='recursive_version_locations = "true"\n')}),
     why18="no pyproject.toml support in 1.8.1 (FAILED: no alembic.ini).")

IMPORT_ERR = ('"""imports the application"""\nfrom myapp.models import Base  # not importable here\n\n'
              "revision = 'ie000002'\ndown_revision = 'ie000001'\n"
              "def upgrade():\n    pass\ndef downgrade():\n    pass\n")

case("327-fail-import-error",
     "a revision file importing an application module that is not on sys.path: ModuleNotFoundError",
     project([Rev("ie000001", None, "init", file="ie000001.py"), ("ie000002.py", IMPORT_ERR)]),
     onehead_differs="onehead reads revision files without importing what they import, so it cannot see "
                     "that myapp is not importable here; it prints the heads Alembic would print once it is")


# ---------------------------------------------------------------------------
# Running the oracles
# ---------------------------------------------------------------------------

WARN_RE = re.compile(r"^\S.*:\d+: \w*Warning: ")


def stderr_tail(stderr):
    lines = stderr.splitlines()
    echo = set()
    for i in range(1, len(lines)):
        if WARN_RE.match(lines[i - 1]) and lines[i][:1] in (" ", "\t"):
            echo.add(i)
    for i in range(len(lines) - 1, -1, -1):
        if i not in echo and lines[i].strip():
            return lines[i]
    return ""


def base_env():
    env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
           "PYTHONHASHSEED": "0", "PYTHONDONTWRITEBYTECODE": "1", "HOME": os.environ.get("HOME", "/tmp")}
    return env


def probe_package_dir(cmd):
    """Find the directory of the `alembic` package an oracle runs, by loading a probe revision."""
    d = tempfile.mkdtemp(prefix="onehead-probe-")
    try:
        os.makedirs(os.path.join(d, "s", "versions"))
        with open(os.path.join(d, "alembic.ini"), "w") as f:
            f.write("[alembic]\nscript_location = s\n")
        with open(os.path.join(d, "s", "versions", "p.py"), "w") as f:
            f.write("import os, sys, alembic\nsys.stderr.write('PKGDIR=%s\\n' % "
                    "os.path.dirname(os.path.abspath(alembic.__file__)))\n"
                    "revision = 'p'\ndown_revision = None\n")
        p = subprocess.run(cmd + ["heads"], cwd=d, env=base_env(), stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, universal_newlines=True, timeout=120)
        v = subprocess.run(cmd + ["--version"], cwd=d, env=base_env(), stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, universal_newlines=True, timeout=120)
        m = re.search(r"^PKGDIR=(.*)$", p.stderr, re.M)
        if not m or p.returncode != 0:
            sys.exit("cannot run oracle %r: exit %d\n%s%s" % (cmd, p.returncode, p.stdout, p.stderr))
        return m.group(1), v.stdout.strip()
    finally:
        shutil.rmtree(d)


def normalise(text, tree, pkgdirs):
    reps = []
    for p in {os.path.abspath(tree), os.path.realpath(tree)}:
        reps.append((p, "$TREE"))
    for p in pkgdirs:
        for q in {p, os.path.realpath(p)}:
            reps.append((q, "$ALEMBIC"))
    for old, new in sorted(reps, key=lambda r: -len(r[0])):
        text = text.replace(old, new)
    return text


def snapshot(tree):
    out = {}
    for root, dirs, files in os.walk(tree):
        dirs.sort()
        for f in sorted(files):
            p = os.path.join(root, f)
            with open(p, "rb") as fh:
                out[os.path.relpath(p, tree)] = hashlib.sha1(fh.read()).hexdigest()
        out[os.path.relpath(root, tree) + "/"] = "dir"
    return out


def write_files(tree, files):
    for rel in sorted(files):
        content = files[rel]
        p = os.path.join(tree, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        data = content if isinstance(content, bytes) else content.encode("utf-8")
        with open(p, "wb") as f:
            f.write(data)


def case_file_text(c):
    lines = ["note %s" % c.note]
    if c.cwd:
        lines.append("cwd %s" % c.cwd)
    if c.args:
        lines.append("args %s" % c.args)
    for e in c.env:
        lines.append("env %s" % e)
    if c.onehead_fails:
        lines.append("onehead-fails %s" % c.onehead_fails)
    if c.onehead_differs:
        lines.append("onehead-differs %s" % c.onehead_differs)
    return "\n".join(lines) + "\n"


def txtar(code, stdout, tail):
    if stdout and not stdout.endswith("\n"):
        raise RuntimeError("stdout without trailing newline cannot be stored verbatim")
    for line in stdout.splitlines():
        if line.startswith("-- ") and line.endswith(" --"):
            raise RuntimeError("stdout line looks like a txtar marker: %r" % line)
    return "-- exit --\n%d\n-- stdout --\n%s-- stderr-tail --\n%s" % (code, stdout, tail + "\n" if tail else "")


def build_case(c, oracles, pkgdirs):
    cdir = os.path.join(HERE, c.name)
    if os.path.exists(cdir):
        shutil.rmtree(cdir)
    tree = os.path.join(cdir, "tree")
    os.makedirs(tree)
    write_files(tree, c.files)
    with open(os.path.join(cdir, "case"), "w") as f:
        f.write(case_file_text(c))
    cwd = os.path.join(tree, c.cwd) if c.cwd else tree
    env = base_env()
    for e in c.env:
        k, _, v = e.partition("=")
        env[k] = v
    args = shlex.split(c.args) if c.args else []
    before = snapshot(tree)
    for vdir, key in VERSIONS:
        os.makedirs(os.path.join(cdir, vdir))
        for cname, cargs in COMMANDS:
            p = subprocess.run(oracles[key] + args + cargs, cwd=cwd, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, timeout=300)
            out = normalise(p.stdout.decode("utf-8", "surrogateescape"), tree, pkgdirs)
            tail = normalise(stderr_tail(p.stderr.decode("utf-8", "surrogateescape")), tree, pkgdirs)
            with open(os.path.join(cdir, vdir, cname + ".txtar"), "w", encoding="utf-8",
                      errors="surrogateescape", newline="\n") as f:
                f.write(txtar(p.returncode, out, tail))
    if snapshot(tree) != before:
        raise RuntimeError("%s: running Alembic modified the tree" % c.name)
    return c.name


# ---------------------------------------------------------------------------
# Comparing versions, README
# ---------------------------------------------------------------------------

def parse_txtar(path):
    with open(path, encoding="utf-8", errors="surrogateescape") as f:
        text = f.read()
    parts = re.split(r"^-- (exit|stdout|stderr-tail) --\n", text, flags=re.M)
    d = {}
    for i in range(1, len(parts), 2):
        d[parts[i]] = parts[i + 1]
    return d


def _order_free(stdout):
    """Lines sorted, with the comma-separated list of a `Branches into:` line sorted too."""
    lines = []
    for line in stdout.split("\n"):
        m = re.match(r"^(Branches into: )(.*)$", line)
        if m:
            line = m.group(1) + ", ".join(sorted(m.group(2).split(", ")))
        lines.append(line)
    return sorted(lines)


def compare_case(name):
    """Return (list of differing commands, kind) where kind classifies the difference."""
    cdir = os.path.join(HERE, name)
    diffs, kinds = [], set()
    for cname, _ in COMMANDS:
        a = parse_txtar(os.path.join(cdir, "alembic-1.19", cname + ".txtar"))
        b = parse_txtar(os.path.join(cdir, "alembic-1.8", cname + ".txtar"))
        if a == b:
            continue
        diffs.append(cname)
        if a["exit"] == b["exit"] and a["stdout"] != b["stdout"] and \
                _order_free(a["stdout"]) == _order_free(b["stdout"]):
            kinds.add("order")
        elif a["stdout"] != b["stdout"] or a["exit"] != b["exit"]:
            kinds.add("content")
        if a["stderr-tail"] != b["stderr-tail"]:
            la = re.sub(r"^\$ALEMBIC/(\S+?):\d+: ", r"$ALEMBIC/\1:N: ", a["stderr-tail"])
            lb = re.sub(r"^\$ALEMBIC/(\S+?):\d+: ", r"$ALEMBIC/\1:N: ", b["stderr-tail"])
            kinds.add("warning-line" if la == lb else "stderr")
    return diffs, kinds


ORDER_WHY = ("load order: 1.8.1 lists each version directory in raw os.listdir order (file-system dependent; "
             "on this machine's ext4 the directory hash order), 1.10.0+ sorts file names. Heads print in load "
             "order, and the children of a branch point come from a frozenset filled in load order, so the same "
             "lines come out in a different order.")
WARNLINE_WHY = ("the warning text is identical; only the line number inside $ALEMBIC/script/revision.py "
                "that emits it differs between the two releases.")

README_HEAD = """# testdata/heads — golden corpus for `heads` / `branches`

Each directory `NNN-name/` is one Alembic project (`tree/`) plus what **real Alembic** printed for

| golden file | command run (from the case's cwd) |
|---|---|
| `heads.txtar` | `alembic [args] heads` |
| `heads-verbose.txtar` | `alembic [args] heads --verbose` |
| `heads-resolve.txtar` | `alembic [args] heads --resolve-dependencies` |
| `branches.txtar` | `alembic [args] branches` |
| `branches-verbose.txtar` | `alembic [args] branches --verbose` |

once with upstream Alembic **@V119@** (`alembic-1.19/`) and once with Debian's **@V18@**
(`alembic-1.8/`). onehead must print the same stdout and exit with the same status (it maps
Python tracebacks, exit 1, to its own exit 2 — see the brief; the goldens record what Alembic does).

Everything here is generated. **Do not edit by hand**: change `generate.py` and rerun it.

## Regenerating

```sh
apt-get install -y python3-alembic python3-typing-extensions   # Debian 1.8.1 + deps of the 1.19 oracle
python3 testdata/heads/generate.py                               # all cases (from the repo root)
python3 testdata/heads/generate.py --only 002-tdr006-swisper-two-heads
python3 testdata/heads/generate.py --alembic /path/to/alembic-1.19 --alembic18 "/usr/bin/python3 -m alembic"
```

A full run makes about 1,200 Alembic invocations (roughly 1 s of CPU each): 8-12 minutes on 2 CPUs.
`--alembic` defaults to `$ONEHEAD_ALEMBIC` or `/work/shared/tools/alembic`. The script is stdlib-only,
deletes and rewrites each case directory, and is deterministic: running it twice gives identical files
(on the same machine, see the 1.8 ordering caveat below). It prints which cases differ between versions.

## File formats

* `tree/` — the project: `alembic.ini` and/or `pyproject.toml`, the script directory with a stock
  `env.py` (never executed by heads/branches) and `script.py.mako`, and `versions/...`.
* `case` — `key value` lines:
  * `note <text>` — what the case covers (always present);
  * `cwd <path>` — directory to run from, relative to `tree/` (default: `tree/`);
  * `args <args>` — global options placed before the command (`-c other.ini`, `-n db2`), shell-split;
  * `env NAME=VALUE` — extra environment variable (may repeat);
  * `onehead-fails <substring>` — Alembic can evaluate the tree but a static reader cannot (an id computed by
    Python code); onehead must fail and its stderr must contain the substring (the file name).
  * `onehead-differs <reason>` — Alembic fails for a reason a static reader deliberately does not look at
    (an import of an application module); onehead must succeed (exit 0).
* `alembic-<ver>/<cmd>.txtar` — txtar with three sections:
  * `-- exit --` the exit status as a decimal line;
  * `-- stdout --` stdout verbatim;
  * `-- stderr-tail --` the last non-empty line of stderr (the exception line of a traceback, or the
    last warning line), or nothing. Note that Alembic prints `FAILED: ...` (CommandError, exit 255) on
    **stdout**, so it is in the stdout section. The source line that Python's warnings
    module echoes under a warning (`  util.warn(`) is not counted, so a warning yields its
    `$ALEMBIC/...py:LINE: UserWarning: ...` line.
* Normalisation, in stdout and stderr-tail only: the absolute path of the case's `tree/` (abspath and realpath)
  is replaced by `$TREE`; the directory of the `alembic` Python package (e.g.
  `/usr/lib/python3/dist-packages/alembic`) by `$ALEMBIC`. Nothing else is stripped.
* Runs use `PYTHONHASHSEED=0` (branch-label sets and child sets print in one fixed order),
  `PYTHONDONTWRITEBYTECODE=1`, `LC_ALL=C.UTF-8`, and no inherited `PYTHONPATH` or `ALEMBIC_CONFIG`.

### Caveats for consumers

* **1.8 file order is machine-specific.** Alembic 1.8.1 walks version directories in raw `os.listdir`
  order. On ext4 that is the directory-hash order, seeded per file system, so regenerating on another
  machine can reorder 1.8.1's heads. Compare 1.8 goldens order-insensitively where several heads live in
  one directory; the 1.19 goldens are fully deterministic (sorted names).
* **Label and child order** comes from Python sets of strings; it is stable only under `PYTHONHASHSEED=0`
  (and, for children, given the load order). Only `017-merge-of-labelled-branches` has a head with two
  labels.
* **Left out on purpose:** two *different* revisions carrying the same branch label. Alembic keeps the
  labelled `Revision` objects in a set hashed by memory address, so `Branch name 'x' in revision A already
  used by revision B` names A and B in an order that changes from run to run (observed 10:6 over 16 runs,
  under both versions, with `PYTHONHASHSEED=0`). `316` uses two copies of one id instead, `328` a label
  repeated within one revision; both are deterministic.
* **Same error, two exit codes.** `RevisionError` and its subclasses (cycles, self-loops, branch-name
  clashes, illegal characters) escape as a traceback (exit 1) from `heads` and `heads --verbose`, but
  `heads --resolve-dependencies`, `branches` and `branches --verbose` catch them and print
  `FAILED: <msg>` on stdout (exit 255). `KeyError`, `AttributeError`, `SyntaxError` etc. are tracebacks
  (exit 1) under every command. See 310-319 and 328.
* **Duplicate ids.** Both copies stay head candidates, but only the later-loaded copy's `down_revision`
  is linked (129: the losing copy's parent stays a head); `heads --verbose` shows the winner's `Path:`
  for every copy.
* **`__pycache__` in recursive mode.** Only the files directly inside a directory whose name ends with
  `__pycache__` are skipped; its subdirectories are still walked (109).
* Git: `tree/` contains names that global gitignores often exclude (`__pycache__/`, `*.pyc`, `*~`,
  `.#*`, `*.orig`). `testdata/heads/.gitignore` re-includes everything below it; if a case seems to be
  missing files after a checkout, regenerate.

## Cases

| case | what it covers |
|---|---|
"""


def write_readme(names, versions_text):
    rows = []
    diff_rows = []
    defined = {c.name: c for c in CASES}
    for name in names:
        with open(os.path.join(HERE, name, "case"), encoding="utf-8") as f:
            kv = dict(l.split(" ", 1) for l in f.read().splitlines() if " " in l)
        extra = []
        for k in ("cwd", "args", "env", "onehead-fails"):
            if k in kv:
                extra.append("`%s %s`" % (k, kv[k]))
        rows.append("| `%s` | %s%s |" % (name, kv["note"].replace("|", "\\|"),
                                          (" — " + ", ".join(extra)) if extra else ""))
        diffs, kinds = compare_case(name)
        if diffs:
            c = defined.get(name)
            why = []
            if c is not None and c.why18:
                why.append(c.why18)
            if "order" in kinds and not (c and c.why18):
                why.append(ORDER_WHY)
            if "warning-line" in kinds:
                why.append(WARNLINE_WHY)
            if ("content" in kinds or "stderr" in kinds) and not (c and c.why18):
                why.append("**unexplained**")
            if not why:
                why.append("**unexplained**")
            diff_rows.append("| `%s` | %s | %s |" % (name, ", ".join(diffs), " ".join(why).replace("|", "\\|")))
    text = README_HEAD.replace("@V119@", versions_text[0]).replace("@V18@", versions_text[1])
    text += "\n".join(rows) + "\n"
    text += """
## Differences between Alembic 1.8.1 and 1.19.2 observed in this corpus

Each row names the commands whose goldens differ and the rule behind it (see
`/work/shared/reference/alembic.md` §7). Rules that account for the differences:

* **Sorted listing (1.10.0).** 1.8.1 uses raw `os.listdir` order; 1.19 sorts names (and walks
  subdirectories in sorted pre-order). Affects heads order wherever several heads share a directory.
* **recursive_version_locations (1.10.0).** Unknown to 1.8.1.
* **pyproject.toml `[tool.alembic]` (1.16.0).** Unknown to 1.8.1, which then finds no config.
* **path_separator (1.16.0), `newline` and stripping of pieces (1.13.3).** 1.8.1 knows only
  `version_path_separator` with `space`/`os`/`:`/`;` and does not strip.
* **Messages changed in 1.16.0.** Missing config/section/key and missing script directory texts.
* **`:` in revision ids rejected (1.17.1).** **`down_revision = ''` is no longer a base (1.12.1).**
* **Warning line numbers.** The same warnings are emitted from different lines of Alembic's source.

| case | commands that differ | why |
|---|---|---|
"""
    text += "\n".join(diff_rows) + "\n" if diff_rows else "| (none) | | |\n"
    text += """
Cases not listed print byte-identical goldens under both versions.
"""
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(text)
    return diff_rows


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--alembic", default=os.environ.get("ONEHEAD_ALEMBIC") or "/work/shared/tools/alembic",
                    help="upstream Alembic 1.19 command (path)")
    ap.add_argument("--alembic18", default="/usr/bin/python3 -m alembic",
                    help="Debian Alembic 1.8.1 command line")
    ap.add_argument("--only", action="append", default=[], help="regenerate only this case (repeatable)")
    ap.add_argument("--jobs", type=int, default=max(2, (os.cpu_count() or 2)), help="parallel cases")
    ap.add_argument("--list", action="store_true", help="list case names and exit")
    opts = ap.parse_args()
    if opts.list:
        for c in CASES:
            print("%s  %s" % (c.name, c.note))
        return 0
    oracles = {"alembic": [opts.alembic], "alembic18": shlex.split(opts.alembic18)}
    pkg119, ver119 = probe_package_dir(oracles["alembic"])
    pkg18, ver18 = probe_package_dir(oracles["alembic18"])
    pkgdirs = [pkg119, pkg18]
    selected = CASES
    if opts.only:
        known = {c.name for c in CASES}
        for n in opts.only:
            if n not in known:
                sys.exit("unknown case %r (see --list)" % n)
        selected = [c for c in CASES if c.name in opts.only]
    else:
        for entry in sorted(os.listdir(HERE)):
            if CASE_DIR_RE.match(entry) and os.path.isdir(os.path.join(HERE, entry)):
                shutil.rmtree(os.path.join(HERE, entry))
    with open(os.path.join(HERE, ".gitignore"), "w") as f:
        f.write("# The corpus must be committed as generated: re-include names that global ignores drop.\n!*\n")
    with concurrent.futures.ThreadPoolExecutor(max_workers=opts.jobs) as ex:
        futs = [ex.submit(build_case, c, oracles, pkgdirs) for c in selected]
        for fu in futs:
            fu.result()
    names = sorted(e for e in os.listdir(HERE) if CASE_DIR_RE.match(e) and os.path.isdir(os.path.join(HERE, e)))
    diff_rows = write_readme(names, (ver119, ver18))
    print("%d cases generated (%d in corpus) with %s and %s" % (len(selected), len(names), ver119, ver18))
    print("cases whose goldens differ between 1.8.1 and 1.19:")
    for r in diff_rows:
        cells = r.split(" | ")
        print("  %s: %s" % (cells[0].strip("| `"), cells[1]))
    unexplained = [r for r in diff_rows if "**unexplained**" in r]
    defined_why = [c.name for c in selected if c.why18 and not compare_case(c.name)[0]]
    for n in defined_why:
        print("warning: %s has a why18 note but its goldens do not differ" % n)
    if unexplained:
        print("warning: %d difference(s) without an explanation" % len(unexplained))
    return 0


if __name__ == "__main__":
    sys.exit(main())
