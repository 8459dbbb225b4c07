"""Flashing with openocd: the board's config files, `adapter serial SN` when the serial number
is known, `program FILE verify reset exit`; its fixed `** ... **` lines become stages."""

from ..server import ServerError
from .job import require_tool
from .progress import openocd_stage

# openocd reads -c as Tcl: these would split, substitute or run a command.
_TCL_SPECIAL = set('{}[]$;"\\#')


def _tcl_word(name, value):
    """value, refused unless Tcl reads it as one plain word (no substitution, no command)."""
    bad = [c for c in value if c in _TCL_SPECIAL or c.isspace() or not c.isprintable()]
    if bad:
        raise ServerError(
            f"{name} {value[:80]!r} cannot be given to openocd: it holds {bad[0]!r}, which its "
            "Tcl command line would not read as part of the value. Give the probe's serial "
            "number as the system lists it (letters and digits)."
        )
    return value


def _tcl_braced_path(path):
    """{path}: one Tcl word with spaces and all, refused if it holds a brace or backslash."""
    text = str(path)
    if any(c in "{}\\" for c in text) or not text.isprintable():
        raise ServerError(
            f"The firmware path {text!r} cannot be given to openocd (a brace, backslash or "
            "control character in it): generate the project in a folder without them."
        )
    return "{" + text + "}"


def argv_for(job, firmware):
    settings = job.settings
    files = settings.get("files") or []
    interfaces = [f for f in files if f.startswith("interface/")]
    others = [f for f in files if not f.startswith("interface/")]
    argv = [require_tool("openocd")]
    for name in interfaces:
        argv += ["-f", name]
    if job.serial_number:
        argv += ["-c", f"adapter serial {_tcl_word('serial_number', job.serial_number)}"]
    if settings.get("transport"):
        argv += ["-c", f"transport select {settings['transport']}"]
    for name in others:
        argv += ["-f", name]
    for command in settings.get("commands") or []:
        argv += ["-c", command]
    verify = " verify" if job.verify else ""
    # Braces: a Tcl word, so a path with spaces stays one argument.
    argv += ["-c", f"program {_tcl_braced_path(firmware)}{verify} reset exit"]
    return argv


def flash(job):
    firmware = job.artifact(job.settings.get("format", "elf"))
    argv = argv_for(job, firmware)
    seen = set()

    def on_line(line):
        stage = openocd_stage(line)
        if stage:
            seen.add(stage[0])
            job.progress.stage(*stage)
        return line

    status, lines = job.run(argv, on_line)
    # openocd exits 0 only after `program` succeeded; a verify it was asked for must be seen.
    if status != 0 or "Programming finished" not in seen or (job.verify and "Verified" not in seen):
        raise job.fail("openocd", argv, status, lines)
    return {"firmware": firmware, "verified": job.verify}
