"""python3 -m tdserver.flashing --recipe FILE [--dir DIR] [--option NAME=VALUE]... [--result FILE]

Flashes what a flash recipe (recipe.py) describes: no Project API server runs, nothing is
built, no template is needed. DIR (default: the current folder) is the folder the recipe's
artifacts are relative to; the emulated device's supervisor keeps its state in DIR/run/ as in
a generated project. Options are the flashing layer's (flasher, serial_number, gdb_server,
gdb_server_type, drive_path, verify). Progress and tool output go to stdout and stderr; the
outcome goes to FILE as {"ok": true, "result": {...the flash result...}} or {"ok": false,
"error": {"message", "details"}}. Exit status 0 flashed, 1 failed, 2 wrong usage.
"""

import argparse
import json
import os
import pathlib
import signal
import sys

from ..errors import ServerError
from . import flash_recipe, recipe as recipes


class OneShotHandler:
    """What the flashers need of a template handler: the folder and run_tool()."""

    def __init__(self, work_dir):
        from ..template import TemplateHandler

        self.server_dir = pathlib.Path(work_dir).resolve()
        self._tool = None
        self._run_tool = TemplateHandler.run_tool

    def run_tool(self, argv, cwd, on_line=None, timeout_sec=None):
        return self._run_tool(self, argv, cwd, on_line=on_line, timeout_sec=timeout_sec)

    def stop_tool(self):
        tool = self._tool
        if tool is not None and tool.poll() is None:
            try:
                os.killpg(tool.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass


def _write_result(path, document):
    if not path:
        return
    path = pathlib.Path(path)
    temporary = path.with_name(path.name + f".tmp{os.getpid()}")
    temporary.write_text(json.dumps(document, indent=1) + "\n", encoding="utf-8")
    os.replace(temporary, path)


def _options(pairs):
    options = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise ServerError(f"--option needs NAME=VALUE, not {pair!r}.")
        options[name] = value
    return options


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python3 -m tdserver.flashing")
    parser.add_argument("--recipe", required=True)
    parser.add_argument("--dir", default=".")
    parser.add_argument("--option", action="append", default=[])
    parser.add_argument("--result")
    args = parser.parse_args(argv)

    def on_signal(signum, frame):
        raise SystemExit(128 + signum)

    for signum in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, on_signal)
    handler = OneShotHandler(args.dir)
    try:
        recipe = recipes.load(args.recipe)
        result = flash_recipe(handler, recipe, _options(args.option))
        _write_result(args.result, {"ok": True, "result": result})
        return 0
    except ServerError as error:
        _write_result(
            args.result,
            {"ok": False, "error": {"message": str(error), "details": error.details or ""}},
        )
        print(f"error: {error}", file=sys.stderr)
        if error.details:
            print(error.details, file=sys.stderr)
        return 1
    finally:
        handler.stop_tool()


if __name__ == "__main__":
    sys.exit(main())
