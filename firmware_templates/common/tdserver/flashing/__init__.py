"""TinyDeploy's flashing layer, shared by the templates of real boards (stm32, microbit).

One module per flasher (openocd, stflash, gdb, drive, qemu, host), the progress lines
(progress), the failure sentences (errors), the plugged USB probes (probes), flash recipes
(recipe: flashing without the server, for deployment packages; `python3 -m tdserver.flashing`).
A template declares the options with project_options(BOARDS) and calls flash(handler, name,
board, options, artifacts) from its flash(); the contract is firmware_templates/README.md,
"Flashing layer".
"""

import json
import os
import pathlib
import shutil

from .. import options as opts
from ..server import ServerError, project_option
from . import drive, errors, gdb, host, openocd, probes, qemu, recipe, stflash
from .job import FlashJob, file_info, require_tool
from .progress import Progress

FLASHERS = {
    "openocd": openocd,
    "stflash": stflash,
    "gdb": gdb,
    "drive": drive,
    "qemu": qemu,
    "host": host,
}
TOOLS = {
    "openocd": ("openocd",),
    "stflash": ("st-flash",),
    "gdb": ("gdb-multiarch",),
    "drive": (),
    "qemu": ("qemu-system-arm",),
    "host": (),
}


def methods(board):
    return list((board.get("flash") or {}).get("methods") or [])


def project_options(boards):
    """The Project API options of the flashing layer. The flasher's default is "auto", the
    chosen board's first method: a default that named one flasher would be wrong for every
    board of the template that lacks it (a form made from the template shows it before the
    board is known, and keeps it when the board changes)."""
    every = sorted({m for b in boards.values() for m in methods(b)} - {"host"})
    return [
        project_option(
            "flasher",
            "str",
            "How the firmware gets onto the board: auto (the board's first in boards.json "
            "flash.methods), " + ", ".join(every) + ".",
            default="auto",
            choices=["auto"] + every,
            optional=["flash"],
        ),
        project_option(
            "gdb_server",
            "str",
            "HOST:PORT of a running GDB server, for flasher=gdb (openocd and pyocd-gdbserver "
            "listen on 3333, st-util on 4242, JLinkGDBServer on 2331).",
            default=None,
            optional=["flash"],
        ),
        project_option(
            "gdb_server_type",
            "str",
            "The GDB server's kind, for its reset commands: auto asks the server, else the "
            "server-neutral reset (SP and PC from the vector table).",
            default="auto",
            choices=list(gdb.SERVER_TYPES),
            optional=["flash"],
        ),
        project_option(
            "serial_number",
            "str",
            "USB serial number of the board's probe (the ST-LINK's is also its serial port's): "
            "with several boards plugged in, the one to flash. TinyDeploy fills it from the "
            "chosen serial port.",
            default=None,
            optional=["flash"],
        ),
        project_option(
            "drive_path",
            "str",
            "Mount point of the board's USB drive, for flasher=drive. Empty: the folder under "
            "/media, /media/$USER or /run/media/$USER holding the board's DETAILS.TXT or "
            "INFO_UF2.TXT.",
            default=None,
            optional=["flash"],
        ),
        project_option(
            "verify",
            "bool",
            "Read the flash back and compare it after writing (openocd, gdb; st-flash always "
            "does).",
            default=True,
            optional=["flash"],
        ),
    ]


def _tool_versions(work_dir, names):
    """tool_versions(), remembered per project for each tool binary (path, size, mtime): a
    flash need not start `gdb-multiarch --version` every time."""
    from ..template import tool_versions

    cache_path = pathlib.Path(work_dir) / "run" / "tool-versions.json"
    try:
        cache = json.loads(cache_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        cache = {}
    versions = {}
    missing = []
    for name in names:
        path = shutil.which(name)
        if path is None:
            continue
        stat = os.stat(path)
        key = f"{os.path.realpath(path)}:{stat.st_size}:{stat.st_mtime_ns}"
        entry = cache.get(name)
        if entry and entry.get("key") == key:
            versions[name] = entry["version"]
        else:
            missing.append((name, key))
    if missing:
        found = tool_versions([name for name, _ in missing])
        for name, key in missing:
            if name in found:
                versions[name] = found[name]
                cache[name] = {"key": key, "version": found[name]}
        try:
            cache_path.parent.mkdir(exist_ok=True)
            cache_path.write_text(json.dumps(cache, indent=1) + "\n", encoding="utf-8")
        except OSError:
            pass
    return versions


def make_job(handler, board_name, board, options, artifacts, progress=None):
    choices = methods(board)
    flasher = opts.get_str(options, "flasher", "auto")
    if flasher in (None, "", "auto"):
        flasher = choices[0] if choices else None
    if flasher not in choices:
        raise ServerError(
            f"Board {board_name} cannot be flashed with {flasher!r}: choose flasher="
            f"{' or '.join(choices)}."
        )
    server_type = opts.get_str(options, "gdb_server_type", "auto", list(gdb.SERVER_TYPES))
    return FlashJob(
        handler=handler,
        board_name=board_name,
        board=board,
        flasher=flasher,
        artifacts=dict(artifacts),
        serial_number=opts.get_str(options, "serial_number", "") or "",
        verify=opts.get_bool(options, "verify", True),
        gdb_server=opts.get_str(options, "gdb_server", "") or "",
        gdb_server_type=server_type,
        drive_path=opts.get_str(options, "drive_path", "") or "",
        progress=progress or Progress(),
    )


def flash(handler, board_name, board, options, artifacts, progress=None):
    """Flashes the built firmware; returns the flash result (see the module docstring)."""
    job = make_job(handler, board_name, board, options, artifacts, progress)
    chosen = None
    if job.flasher in ("openocd", "stflash"):
        chosen = probes.choose(board, job.serial_number, job.probe, errors)
        if chosen and not job.serial_number and chosen["serial"]:
            job.serial_number = chosen["serial"]  # one board, one identity: the one plugged
    for tool in TOOLS[job.flasher]:
        require_tool(tool)
    job.progress.stage(f"Flashing {board_name} with {job.flasher}", 1)
    outcome = FLASHERS[job.flasher].flash(job)
    result = {
        "flasher": job.flasher,
        "board": board_name,
        "firmware": file_info(outcome.pop("firmware")),
        "tools": _tool_versions(job.work_dir, TOOLS[job.flasher]),
    }
    if job.artifacts.get("bin") and job.flasher != "qemu":
        result["image"] = file_info(job.artifacts["bin"])
    if job.serial_number:
        result["serial_number"] = job.serial_number
    if chosen and not outcome.get("serial_port"):
        port = probes.tty_of(chosen["path"])
        if port:
            result["serial_port"] = port
    result.update(outcome)
    job.progress.stage("Flashed", 100)
    return result


def flash_recipe(handler, recipe, options):
    """Flashes what @p recipe (recipe.check()ed) describes, with no server and no template:
    its artifacts are relative to handler.server_dir, @p options (the flashing layer's) win
    over the recipe's flasher. Returns the flash result with the recipe's "project_type" and
    "platform" added (what the host needs to talk to the device)."""
    work_dir = pathlib.Path(handler.server_dir)
    artifacts = {kind: work_dir / name for kind, name in recipe["artifacts"].items()}
    chosen = dict(options)
    if recipe.get("flasher") not in (None, "", "auto"):
        chosen.setdefault("flasher", recipe["flasher"])
    result = flash(handler, recipe["board_name"], dict(recipe["board"]), chosen, artifacts)
    result["project_type"] = recipe.get("project_type", "standalone")
    result["platform"] = recipe["platform"]
    return result
