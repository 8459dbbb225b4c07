"""The emulated boards: "flashing" starts QEMU with the firmware under the project's device
supervisor (device.start_device), as the qemu-cortex-m template does. boards.json "qemu":
{"machine": ..., "serial_index": N, "icount": "shift=5"}: the firmware's UART is the N-th
-serial, so the ones before it are null and it gets the pty."""

import shutil

from .. import device
from .job import require_tool

PORT_REGEX = r"char device redirected to (/dev/pts/\d+)"


def argv_for(board, elf):
    settings = board.get("qemu") or {}
    argv = [shutil.which("qemu-system-arm") or "qemu-system-arm", "-M", settings["machine"]]
    argv += ["-nographic", "-monitor", "none"]
    for _ in range(int(settings.get("serial_index", 0))):
        argv += ["-serial", "null"]
    argv += ["-serial", "pty"]
    if settings.get("icount"):
        argv += ["-icount", settings["icount"]]
    return argv + ["-kernel", str(elf)]


def flash(job):
    require_tool("qemu-system-arm")
    elf = job.artifact("elf")
    job.progress.stage(f"Starting QEMU ({job.board['qemu']['machine']})", 10)
    port = device.start_device(job.work_dir, argv_for(job.board, elf), port_regex=PORT_REGEX)
    return {"firmware": elf, "verified": False, "serial_port": port}
