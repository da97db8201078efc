"""Run many alembic commands in one Python process, for onehead's tests.

Reads a JSON list of jobs {"cwd": dir, "argv": [...]} on stdin and writes
{"version": alembic.__version__, "results": [{"exit", "stdout", "stderr"}]}
on stdout. Starting Python once instead of once per command makes the
differential tests fast enough to run thousands of commands.

Optional job keys, for commands that write files (merge, revision):
"now_us" freezes the clock Alembic's script directory reads for create_date
(microseconds since the Unix epoch), and "tz" sets the TZ environment
variable for the job, so that naive local dates and file-name date tokens
are reproducible. Both are undone after the job. What subprocesses (post-
write hooks) print goes into the job's stdout and stderr, in order, rather
than into this driver's JSON output.

Exit codes are those of the alembic command: 0, 255 for "FAILED:" and 1 for
an uncaught exception (a traceback); -1 means Alembic was still running
after the job's timeout (default 10 s) and was interrupted.
"""
import contextlib
import datetime
import io
import json
import os
import signal
import sys
import tempfile
import time
import traceback
import types
import warnings

import alembic
import alembic.config
import alembic.script.base
from alembic.config import CommandLine


class Config(alembic.config.Config):
    """Config binds stdout when alembic is imported; bind the current one."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("stdout", sys.stdout)
        super().__init__(*args, **kwargs)


alembic.config.Config = Config

warnings.simplefilter("always")


class Timeout(BaseException):
    """Alembic has loops that never end on some broken graphs."""


def on_alarm(signum, frame):
    raise Timeout()


signal.signal(signal.SIGALRM, on_alarm)


@contextlib.contextmanager
def frozen_clock(job):
    """Freeze datetime.now() as alembic/script/base.py sees it, and set TZ.

    Only that module's view of the datetime module is replaced, so nothing
    else in the process (logging, warnings) sees the frozen clock.
    """
    saved_tz = os.environ.get("TZ")
    saved_datetime = alembic.script.base.datetime
    if "tz" in job:
        os.environ["TZ"] = job["tz"]
        time.tzset()
    if "now_us" in job:
        secs, micros = divmod(job["now_us"], 1_000_000)

        class Frozen(datetime.datetime):
            @classmethod
            def now(cls, tz=None):
                utc = datetime.datetime.fromtimestamp(secs, datetime.timezone.utc)
                utc = utc.replace(microsecond=micros)
                if tz is None:
                    return utc.astimezone().replace(tzinfo=None)
                return utc.astimezone(tz)

        shim = types.ModuleType("datetime")
        shim.__dict__.update(datetime.__dict__)
        shim.datetime = Frozen
        alembic.script.base.datetime = shim
    try:
        yield
    finally:
        alembic.script.base.datetime = saved_datetime
        if "tz" in job:
            if saved_tz is None:
                os.environ.pop("TZ", None)
            else:
                os.environ["TZ"] = saved_tz
            time.tzset()


@contextlib.contextmanager
def captured(fd):
    """A UTF-8 text stream that also receives, in order, what subprocesses
    (post-write hooks) write to file descriptor fd during the job.

    The file is opened for appending, so the stream's buffered writes and
    the subprocesses' writes land one after the other; Alembic flushes its
    output before it runs a hook.
    """
    handle, path = tempfile.mkstemp()
    os.close(handle)
    raw = open(path, "a+b")
    os.unlink(path)
    stream = io.TextIOWrapper(raw, encoding="utf-8", newline="")
    saved = os.dup(fd)
    os.dup2(raw.fileno(), fd)
    try:
        yield stream
    finally:
        stream.flush()
        os.dup2(saved, fd)
        os.close(saved)


def text(stream):
    stream.flush()
    stream.buffer.seek(0)
    data = stream.buffer.read().decode("utf-8", "replace")
    stream.close()
    return data


jobs = json.load(sys.stdin)
results = []
for job in jobs:
    os.chdir(job["cwd"])
    # Alembic encodes output for the stream's encoding: make it UTF-8, as a
    # terminal or pipe under a UTF-8 locale is.
    code = 0
    with captured(1) as out, captured(2) as err, contextlib.redirect_stdout(out), \
            contextlib.redirect_stderr(err), frozen_clock(job):
        signal.alarm(job.get("timeout", 10))
        try:
            CommandLine(prog="alembic").main(argv=job["argv"])
        except Timeout:
            code = -1
        except SystemExit as e:
            code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
            code &= 0xFF
        except BaseException:
            traceback.print_exc()
            code = 1
        finally:
            signal.alarm(0)
    results.append({"exit": code, "stdout": text(out), "stderr": text(err)})
json.dump({"version": alembic.__version__, "results": results}, sys.stdout)
