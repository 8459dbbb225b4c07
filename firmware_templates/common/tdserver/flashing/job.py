"""One flash: the board, the chosen options, the build's artifacts, progress, and running a
flashing tool with a deadline through the template handler (so cancellation stops it)."""

import dataclasses
import hashlib
import pathlib
import shutil

from ..server import ServerError
from . import errors
from .progress import Progress

TOOL_TIMEOUT_SEC = 120.0

# Debian 12 packages of the tools.
PACKAGES = {
    "openocd": "openocd",
    "st-flash": "stlink-tools",
    "gdb-multiarch": "gdb-multiarch",
    "qemu-system-arm": "qemu-system-arm",
}


@dataclasses.dataclass
class FlashJob:
    handler: object
    board_name: str
    board: dict
    flasher: str
    artifacts: dict
    serial_number: str = ""
    verify: bool = True
    gdb_server: str = ""
    gdb_server_type: str = "auto"
    drive_path: str = ""
    progress: Progress = dataclasses.field(default_factory=Progress)

    @property
    def settings(self):
        """The board's settings for this flasher (boards.json "flash": {"openocd": {...}})."""
        return (self.board.get("flash") or {}).get(self.flasher) or {}

    @property
    def probe(self):
        """How the user knows the probe, e.g. "ST-LINK" (boards.json "flash": {"probe": ...})."""
        return (self.board.get("flash") or {}).get("probe") or "debug"

    @property
    def cable(self):
        """The connector to plug, e.g. "the micro:bit's USB cable" ("flash": {"cable": ...});
        None: "the USB cable marked <probe>"."""
        return (self.board.get("flash") or {}).get("cable")

    @property
    def work_dir(self):
        return pathlib.Path(self.handler.server_dir)

    def artifact(self, kind):
        path = self.artifacts.get(kind)
        if path is None or not pathlib.Path(path).is_file():
            raise ServerError(
                f"The firmware's .{kind} file is missing ({path or 'not built'}): build the "
                "project again."
            )
        return pathlib.Path(path)

    def run(self, argv, on_line=None, timeout_sec=TOOL_TIMEOUT_SEC):
        """Runs a tool; returns (status or None when the deadline passed, the output lines)."""
        return self.handler.run_tool(
            [str(a) for a in argv], self.work_dir, on_line=on_line, timeout_sec=timeout_sec
        )

    def fail(self, tool, argv, status, lines):
        return errors.tool_failure(
            tool, argv, status, lines, self.probe, self.serial_number, self.cable
        )


def require_tool(name):
    path = shutil.which(name)
    if path is None:
        package = PACKAGES.get(name, name)
        raise ServerError(f"{name} is not installed: install it (sudo apt install {package}).")
    return path


def file_info(path):
    path = pathlib.Path(path)
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        for chunk in iter(lambda: stream.read(1 << 16), b""):
            digest.update(chunk)
    return {"path": str(path), "size_bytes": path.stat().st_size, "sha256": digest.hexdigest()}
