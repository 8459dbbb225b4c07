"""Progress of a flash, as lines TinyDeploy's host understands: each carries one percentage
(the host takes the last "NN%" of a line), e.g. "Flashing: 45% (12 KiB of 27 KiB)" or a named
stage "Programming started (10%)". The parsers turn each tool's own output into such figures.
"""

import pathlib
import re
import struct
import sys

# openocd's `program` prints fixed lines and no percentage: each becomes a stage.
OPENOCD_STAGES = (
    ("** Programming Started **", "Programming started", 10),
    ("** Programming Finished **", "Programming finished", 60),
    ("** Verify Started **", "Verify started", 65),
    ("** Verified OK **", "Verified", 90),
    ("** Resetting Target **", "Resetting the target", 95),
)
_STFLASH_RE = re.compile(r"(\d+)\s*/\s*(\d+)\s+(pages|bytes) written")
_STFLASH_VERIFY = "Starting verification of write complete"
_STFLASH_DONE = "Flash written and verified"
_MI_FIELD_RE = re.compile(r'([a-z-]+)="([^"]*)"')


def openocd_stage(line):
    """(stage name, percent) for one of openocd's `program` lines, else None."""
    for marker, name, percent in OPENOCD_STAGES:
        if marker in line:
            return name, percent
    return None


def stflash_percent(line):
    """Percent of the whole flash for one st-flash line (writing is 5-85 %), else None."""
    match = _STFLASH_RE.search(line)
    if match:
        done, total = int(match.group(1)), int(match.group(2))
        if total > 0 and done <= total:
            return 5 + (80 * done) // total
        return None
    if _STFLASH_VERIFY in line:
        return 88
    if _STFLASH_DONE in line:
        return 95
    return None


def gdb_download(line):
    """(bytes sent, bytes in total) from one of GDB's MI `+download,{...}` records, else None."""
    if not line.startswith("+download"):
        return None
    fields = dict(_MI_FIELD_RE.findall(line))
    try:
        total = int(fields["total-size"])
        sent = int(fields.get("total-sent", "0"))
    except (KeyError, ValueError):
        return None
    if total <= 0:
        return None
    return min(sent, total), total


def elf_load_bytes(path):
    """Bytes a debugger's `load` writes for a 32-bit little-endian ELF: its allocated sections
    with contents (GDB's own MI total-size also counts the debug sections). None if unreadable."""
    try:
        data = pathlib.Path(path).read_bytes()
    except OSError:
        return None
    if data[:6] != b"\x7fELF\x01\x01":
        return None
    shoff, = struct.unpack_from("<I", data, 0x20)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x2E)
    total = 0
    for index in range(shnum):
        offset = shoff + index * shentsize
        if offset + 40 > len(data):
            return None
        _, kind, flags, _, _, size = struct.unpack_from("<IIIIII", data, offset)
        if flags & 0x2 and kind != 8:  # SHF_ALLOC, not SHT_NOBITS
            total += size
    return total


def kib(count):
    return f"{count / 1024:.1f} KiB"


class Progress:
    """Prints progress lines (stdout, flushed), each percentage at most once and never going
    backwards. `low`..`high` is the share of the whole flash a byte count maps onto."""

    def __init__(self, stream=None):
        self._stream = stream
        self.last = -1

    def _print(self, text):
        stream = self._stream or sys.stdout
        stream.write(text + "\n")
        stream.flush()

    def stage(self, name, percent):
        percent = max(self.last, min(100, int(percent)))
        self.last = percent
        self._print(f"{name} ({percent}%)")

    def bytes(self, done, total, low=10, high=85, what="Flashing"):
        if total <= 0:
            return
        percent = low + ((high - low) * min(done, total)) // total
        if percent <= self.last:
            return
        self.last = percent
        self._print(f"{what}: {percent}% ({kib(done)} of {kib(total)})")

    def percent(self, percent, what="Flashing"):
        if percent is None or percent <= self.last:
            return
        self.last = min(100, percent)
        self._print(f"{what}: {self.last}%")
