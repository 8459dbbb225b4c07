"""Flashing through any GDB server (openocd, pyOCD, st-util, J-Link, QEMU's stub) with
gdb-multiarch and a command file, so that a failed command is an exit status:

    set confirm off / set tcp auto-retry off / target extended-remote HOST:PORT
    <reset and halt, per server> / load / compare-sections / <reset and run, per server> / detach

gdb runs in MI mode for the `+download` progress records. A `monitor` command a server does
not know is no error for gdb (QEMU answers openocd's `monitor reset halt` with "unknown
command" and gdb goes on), so the servers' replies are checked. gdb_server_type=auto asks the
server for its `monitor help` first; a server it cannot tell gets the server-neutral reset
(SP and PC from the vector table).
"""

import re

from ..server import ServerError
from . import errors
from .gdbmi import Transcript
from .job import require_tool
from .progress import elf_load_bytes, gdb_download

CONNECT_TIMEOUT_SEC = 10
DETECT_TIMEOUT_SEC = 30
SERVER_TYPES = ("auto", "openocd", "pyocd", "st-util", "jlink", "qemu")
# Per server: commands before `load` (reset and halt) and after it (reset and run).
RESETS = {
    "qemu": ([], ["monitor system_reset"]),
    "openocd": (["monitor reset halt"], ["monitor reset run"]),
    "pyocd": (["monitor reset halt"], ["monitor reset"]),
    "st-util": (["monitor reset"], ["monitor reset"]),
    "jlink": (["monitor reset"], ["monitor reset", "monitor go"]),
}
_REJECTED = ("unknown command", "invalid command", "unrecognized command", "not supported")
_ADDRESS_RE = re.compile(r"^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9_.-]+):(\d{1,5})$")


def parse_server(text):
    """(host, port) of "HOST:PORT"; raises with an example for anything else."""
    match = _ADDRESS_RE.match((text or "").strip())
    if not match or not 0 < int(match.group(2)) < 65536:
        raise ServerError(
            f"gdb_server must be HOST:PORT, for example 127.0.0.1:3333, not {text!r}: openocd "
            "and pyocd-gdbserver listen on 3333, st-util on 4242, JLinkGDBServer on 2331."
        )
    return match.group(1), int(match.group(2))


def classify_server(help_text):
    """The server type from its `monitor help` reply, or None."""
    text = help_text.lower()
    if "system_reset" in text and "info" in text:
        return "qemu"
    if "reset_config" in text or "flash write_image" in text or "adapter speed" in text:
        return "openocd"
    if "pyocd" in text:
        return "pyocd"
    if "segger" in text or "j-link" in text:
        return "jlink"
    if "jtag_reset" in text:
        return "st-util"
    return None


def _header(address):
    return [
        "set confirm off",
        "set pagination off",
        "set tcp auto-retry off",
        f"set tcp connect-timeout {CONNECT_TIMEOUT_SEC}",
        f"target extended-remote {address}",
    ]


def script(address, server_type, verify, vector_base):
    pre, post = RESETS.get(server_type, ([], None))
    lines = _header(address) + pre + ["load"]
    if verify:
        lines.append("compare-sections")
    if post is None:
        # Server-neutral: the core starts where the new vector table says.
        lines += [
            f"set $sp = *(unsigned int *){vector_base:#010x}",
            f"set $pc = *(unsigned int *){vector_base + 4:#010x}",
        ]
    else:
        lines += post + ["maintenance flush register-cache"]
    return "\n".join(lines + ["detach"]) + "\n"


def _argv(gdb, script_path, elf=None):
    argv = [gdb, "--interpreter=mi2", "-nx", "-batch", "-x", str(script_path)]
    return argv + ([str(elf)] if elf else [])


def _connection_failure(address, lines):
    text = "\n".join(lines)
    if "Connection refused" in text:
        return (
            f"Nothing answers at {address} (Connection refused): start the GDB server there "
            "(openocd, pyocd-gdbserver, st-util, JLinkGDBServer, or QEMU with -gdb) or correct "
            "gdb_server."
        )
    if "timed out" in text:
        return (
            f"The GDB server at {address} did not answer within {CONNECT_TIMEOUT_SEC} s "
            "(Connection timed out): check the host, the port and any firewall."
        )
    if "Name or service not known" in text or "unknown host" in text.lower():
        return f"The host of gdb_server={address} is unknown: correct gdb_server."
    if "Remote connection closed" in text or "Remote communication error" in text:
        return (
            f"The GDB server at {address} closed the connection: is its probe plugged in and the "
            "board powered? Restart the server and flash again."
        )
    return None


def _failure(job, argv, status, transcript, address):
    lines = transcript.all_lines()
    message = _connection_failure(address, lines)
    if message:
        return ServerError(message, errors.details(argv, status, lines))
    return job.fail("gdb-multiarch", argv, status, lines)


def detect(job, gdb, address, elf=None):
    """The GDB server's type from its `monitor help` (None: not recognised). The connection is
    dropped with `disconnect`, which leaves a halted target halted."""
    path = job.work_dir / "build" / "detect-gdb-server.gdb"
    path.parent.mkdir(exist_ok=True)
    path.write_text("\n".join(_header(address) + ["monitor help", "disconnect"]) + "\n")
    transcript = Transcript()

    def quiet(line):  # the server's whole help text would flood the log
        shown = transcript.feed(line)
        return None if line.startswith("@") else shown

    argv = _argv(gdb, path, elf)
    status, _ = job.run(argv, quiet, timeout_sec=DETECT_TIMEOUT_SEC)
    if _connection_failure(address, transcript.all_lines()):
        raise _failure(job, argv, status, transcript, address)
    return classify_server(transcript.text("target") + transcript.text("console"))


def flash(job):
    gdb = require_tool("gdb-multiarch")
    if not job.gdb_server:
        raise ServerError(
            "flasher=gdb needs gdb_server=HOST:PORT, the address of the running GDB server: "
            "openocd and pyocd-gdbserver listen on 3333, st-util on 4242, JLinkGDBServer on 2331."
        )
    host, port = parse_server(job.gdb_server)
    address = f"{host}:{port}"
    elf = job.artifact("elf")
    server_type = job.gdb_server_type or "auto"
    if server_type == "auto":
        job.progress.stage(f"Asking the GDB server at {address} what it is", 2)
        server_type = detect(job, gdb, address, elf) or "unknown"
    vector_base = int(job.board["memory"]["flash"]["origin"])
    text = script(address, server_type, job.verify, vector_base)
    path = job.work_dir / "build" / "flash.gdb"
    path.write_text(text)
    job.progress.stage(f"Connecting to the GDB server at {address} ({server_type})", 5)
    transcript = Transcript()
    loadable = elf_load_bytes(elf)

    def on_line(line):
        download = gdb_download(line)
        if download:
            sent, total = download
            job.progress.bytes(sent, loadable or total, low=10, high=80)
        return transcript.feed(line)

    argv = _argv(gdb, path, elf)
    status, _ = job.run(argv, on_line)
    if status != 0:
        raise _failure(job, argv, status, transcript, address)
    if loadable:
        job.progress.bytes(loadable, loadable, low=10, high=80)
    replies = transcript.text("target").lower()
    if any(word in replies for word in _REJECTED):
        raise ServerError(
            f"The GDB server at {address} did not understand a reset command of gdb_server_type="
            f"{server_type}: set gdb_server_type to the server you run "
            f"({', '.join(SERVER_TYPES[1:])}).",
            errors.details(argv, status, transcript.all_lines()),
        )
    if job.verify:
        console = transcript.text("console")
        if errors.classify(console.splitlines()) == errors.VERIFY_FAILED or "matched" not in console:
            raise ServerError(
                errors.sentence(errors.VERIFY_FAILED, job.probe),
                errors.details(argv, status, transcript.all_lines()),
            )
        job.progress.stage("Verified", 90)
    return {
        "firmware": elf,
        "verified": job.verify,
        "gdb_server": address,
        "gdb_server_type": server_type,
        "script": str(path),
    }
