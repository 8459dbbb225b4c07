"""python3 -m tdserver stop|status [PROJECT_DIR]: stop or show a project's running device.

Run from the generated project folder (or give it); the package is inside every project.
"""

import json
import pathlib
import sys

from . import device


def main(argv):
    if not argv or argv[0] not in ("stop", "status"):
        print("usage: python3 -m tdserver stop|status [PROJECT_DIR]", file=sys.stderr)
        return 2
    project = pathlib.Path(argv[1] if len(argv) > 1 else ".").resolve()
    if argv[0] == "stop":
        stopped = device.stop_device(project)
        print("device stopped" if stopped else "no device was running")
        return 0
    state = device.running_state(project)
    print(json.dumps(state or {"running": False}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
