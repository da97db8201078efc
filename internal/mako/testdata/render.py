"""Renders templates with real Mako, the oracle of package mako's tests.

    python3 render.py golden DIR   renders every DIR/templates/*.mako with every
                                   variable set of DIR/vars.json into DIR/golden/
    python3 render.py batch        reads a JSON list of {"template": base64,
                                   "vars": {...}} on stdin and prints a JSON list
                                   of {"out": str} or {"error": "compile"|"render",
                                   "type": exception class}

Mako is used as Alembic uses it (util.template_to_file): Template(text=bytes),
which decodes like Template(filename=...), then render_unicode(**vars).
Variables are JSON: strings, numbers, booleans and null as themselves, and
{"tuple": [...]}, {"list": [...]}, {"datetime": "2024-05-17 09:03:07.123456"}
(fromisoformat, offset allowed), {"config": {main options}}. Alembic's comma
function is always passed.
"""
import base64
import datetime
import json
import os
import sys
from collections.abc import Iterable

from mako.template import Template


class Config:
    """The part of alembic.config.Config that templates use."""

    def __init__(self, options):
        self.options = options

    def get_main_option(self, name, default=None):
        return self.options.get(name, default)


def comma(value):
    """alembic.util.format_as_comma."""
    if value is None:
        return ""
    elif isinstance(value, str):
        return value
    elif isinstance(value, Iterable):
        return ", ".join(value)
    else:
        raise ValueError("Don't know how to comma-format %r" % value)


def decode(v):
    if isinstance(v, list):
        raise ValueError("use {\"list\": [...]} for a list")
    if not isinstance(v, dict):
        return v
    (kind, x), = v.items()
    if kind == "tuple":
        return tuple(decode(i) for i in x)
    if kind == "list":
        return [decode(i) for i in x]
    if kind == "datetime":
        return datetime.datetime.fromisoformat(x)
    if kind == "config":
        return Config(x)
    raise ValueError("unknown value kind " + kind)


def render(src, variables):
    kw = {k: decode(v) for k, v in variables.items()}
    kw["comma"] = comma
    try:
        t = Template(text=src)
    except Exception as e:
        return {"error": "compile", "type": type(e).__name__}
    try:
        return {"out": t.render_unicode(**kw)}
    except Exception as e:
        return {"error": "render", "type": type(e).__name__}


def golden(root):
    with open(os.path.join(root, "vars.json")) as f:
        varsets = json.load(f)
    tdir = os.path.join(root, "templates")
    for name in sorted(os.listdir(tdir)):
        if not name.endswith(".mako"):
            continue
        with open(os.path.join(tdir, name), "rb") as f:
            src = f.read()
        out = os.path.join(root, "golden", name[: -len(".mako")])
        os.makedirs(out, exist_ok=True)
        for old in os.listdir(out):
            os.remove(os.path.join(out, old))
        for vs in varsets:
            r = render(src, vs["vars"])
            if "out" in r:
                with open(os.path.join(out, vs["name"] + ".out"), "wb") as f:
                    f.write(r["out"].encode("utf-8"))
            else:
                with open(os.path.join(out, vs["name"] + ".err"), "w") as f:
                    f.write("%s %s\n" % (r["error"], r["type"]))


def batch():
    cases = json.load(sys.stdin)
    results = [render(base64.b64decode(c["template"]), c["vars"]) for c in cases]
    json.dump(results, sys.stdout)


if __name__ == "__main__":
    if sys.argv[1:2] == ["golden"]:
        golden(sys.argv[2])
    elif sys.argv[1:] == ["batch"]:
        batch()
    else:
        sys.exit(__doc__)
