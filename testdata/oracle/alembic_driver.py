"""Run many alembic commands in one Python process, for onehead's tests.

Reads a JSON list of jobs {"cwd": dir, "argv": [...]} on stdin and writes
{"version": alembic.__version__, "results": [{"exit", "stdout", "stderr"}]}
on stdout. Starting Python once instead of once per command makes the
differential tests fast enough to run thousands of commands.

Exit codes are those of the alembic command: 0, 255 for "FAILED:" and 1 for
an uncaught exception (a traceback); -1 means Alembic was still running
after the job's timeout (default 10 s) and was interrupted.
"""
import contextlib
import io
import json
import os
import signal
import sys
import traceback
import warnings

import alembic
import alembic.config
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
def text(stream):
    stream.flush()
    return stream.buffer.getvalue().decode("utf-8", "replace")


jobs = json.load(sys.stdin)
results = []
for job in jobs:
    os.chdir(job["cwd"])
    # Alembic encodes output for the stream's encoding: make it UTF-8, as a
    # terminal or pipe under a UTF-8 locale is.
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="")
    err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="")
    code = 0
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
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
