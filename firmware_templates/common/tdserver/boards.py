"""Boards and what a build says about them: a board's boards.json entry by name, the "does not
fit" sentence from GNU ld's region overflows, and whether newlib-nano is installed.
"""

import pathlib
import re

from .server import ServerError

_OVERFLOW_RE = re.compile(r"region [`'\"]?(\w+)['\"]? overflowed by (\d+) bytes")


def parse_overflows(lines):
    """{region: bytes} from GNU ld's "region `RAM' overflowed by N bytes" lines."""
    found = {}
    for line in lines:
        for match in _OVERFLOW_RE.finditer(line):
            found[match.group(1)] = max(found.get(match.group(1), 0), int(match.group(2)))
    return found


def human_bytes(count):
    if count >= 1 << 20 and count % (1 << 20) == 0:
        return f"{count >> 20} MiB"
    if count >= 1024:
        return f"{(count + 1023) // 1024} KiB"
    return f"{count} bytes"


def board_named(boards, name):
    """The boards.json entry of board @name; a ServerError listing the choices otherwise."""
    if name not in boards:
        raise ServerError(f"Unknown board {name!r}: choose one of {', '.join(sorted(boards))}.")
    return boards[name]


def overflow_sentence(output_tail, board_name, board):
    """The "does not fit" sentence for a link that overflowed one of @board's memory regions,
    from GNU ld's output; None when the output names no overflow."""
    overflows = parse_overflows(output_tail)
    if not overflows:
        return None
    sizes = {region["name"]: region["size_bytes"] for region in board["memory"].values()}
    region, excess = max(overflows.items(), key=lambda item: item[1])
    return (
        f"The model does not fit: {region} overflows by {human_bytes(excess)} on {board_name} "
        f"({human_bytes(sizes.get(region, 0))}): choose a board with more memory or a "
        "smaller model."
    )


def has_newlib_nano():
    """Whether arm-none-eabi's newlib-nano is installed (libnewlib-arm-none-eabi)."""
    for root in ("/usr/lib/arm-none-eabi", "/usr/arm-none-eabi"):
        if pathlib.Path(root, "newlib").exists() or pathlib.Path(root, "lib").exists():
            return any(pathlib.Path(root).rglob("nano.specs"))
    return True  # unknown layout: let the compiler decide
