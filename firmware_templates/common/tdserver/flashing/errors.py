"""A failed flash as one sentence and the next step, from the flashing tool's output.

Each tool's known failure lines (openocd 0.12, st-flash 1.7, gdb-multiarch 13, as Debian 12
ships them) map onto a few situations the user can act on. The tool's output tail goes into
the error's details, so nothing the tool said is lost.
"""

from ..server import ServerError

DETAIL_LINES = 30

NO_PROBE = "no_probe"
NO_ACCESS = "no_access"
NOT_ANSWERING = "not_answering"
VERIFY_FAILED = "verify_failed"
WRITE_FAILED = "write_failed"

# Lowercase substrings of a tool's output, most specific first.
_PATTERNS = (
    (NO_ACCESS, ("libusb_error_access", "permission denied", "insufficient permissions")),
    (
        NO_PROBE,
        (
            "error: open failed",
            "couldn't find any st-link devices",
            "unable to find a matching cmsis-dap device",
            "no j-link device found",
            "no device found",
            "no connected debug probes",
            "there is no debug probe connected",
        ),
    ),
    (
        VERIFY_FAILED,
        (
            "** verify failed **",
            "verification of flash failed",
            "verify failed",
            "mis-matched",
            "does not match the loaded file",
            "checksum mismatch",
        ),
    ),
    (
        NOT_ANSWERING,
        (
            "unable to connect to the target",
            "init mode failed",
            "error connecting dp",
            "failed to enter swd mode",
            "unknown chip id",
            "failed to connect to target",
            "target voltage may be too low",
            "target not examined",
            "target not halted",
            "cannot access memory at address",
            "failed to read memory",
        ),
    ),
    (
        WRITE_FAILED,
        (
            "** programming failed **",
            "flash write failed",
            "failed to write flash",
            "error erasing flash",
            "error writing data to flash",
            "load failed",
        ),
    ),
)


def classify(lines):
    """The situation a tool's output shows, or None."""
    text = "\n".join(lines).lower()
    for kind, needles in _PATTERNS:
        if any(needle in text for needle in needles):
            return kind
    return None


def sentence(kind, probe, serial_number=None, tool=None, cable=None):
    """The one sentence (what happened, what to do next) for a situation. `cable` names the
    connector to plug (boards.json "flash": {"cable": ...}; default: the one marked <probe>)."""
    which = f"{probe} probe with serial number {serial_number}" if serial_number else f"{probe} probe"
    if kind == NO_PROBE:
        return (
            f"No {which} was found: plug {cable or 'the USB cable marked ' + probe}; check the "
            "udev rules (openocd's 60-openocd.rules)."
        )
    if kind == NO_ACCESS:
        return (
            f"The {which} was found but cannot be opened (permission denied): install the udev "
            "rules (openocd's 60-openocd.rules), then unplug and plug the board again."
        )
    if kind == NOT_ANSWERING:
        return (
            f"The {which} was found but the chip does not answer: is the board powered? is "
            "BOOT0 low? Try again while holding the board's RESET button."
        )
    if kind == VERIFY_FAILED:
        return (
            "The flash does not match the firmware after writing (verify failed): flash again; "
            "if it fails again, erase the chip and check the board's power and cable."
        )
    if kind == WRITE_FAILED:
        return (
            "Writing the flash failed: flash again; if it fails again, erase the chip "
            "(st-flash erase) and check that the board matches the chosen board."
        )
    return f"{tool or 'The flashing tool'} failed: see the details for its output."


def details(argv, status, lines):
    tail = list(lines)[-DETAIL_LINES:]
    command = " ".join(str(a) for a in argv) if argv else ""
    head = f"Command: {command} (exit status {status})\n" if command else ""
    return head + "Last lines of output:\n" + "\n".join(tail)


def tool_failure(tool, argv, status, lines, probe, serial_number=None, cable=None):
    """The ServerError for a flashing tool that failed (or claimed success but said otherwise)."""
    if status is None:
        message = (
            f"{tool} did not finish in time and was stopped: unplug and plug the board, then "
            "flash again."
        )
    else:
        message = sentence(classify(lines), probe, serial_number, tool, cable)
    return ServerError(message, details(argv, status, lines))


def several_probes(probe, serials):
    return ServerError(
        f"Several {probe} probes are plugged in ({', '.join(serials)}) and none is chosen: "
        "choose the board's serial port, or set serial_number to one of them.",
        "\n".join(serials),
    )


def probe_not_plugged(probe, serial_number, serials):
    found = ", ".join(serials) if serials else "none"
    return ServerError(
        f"No {probe} probe with serial number {serial_number} is plugged in (found: {found}): "
        "plug that board in, or choose the port of the board that is plugged in.",
    )
