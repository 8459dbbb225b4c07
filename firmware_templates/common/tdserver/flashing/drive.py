"""Flashing by copying to the board's USB drive (DAPLink's MICROBIT/NODE_xxx with DETAILS.TXT,
UF2 bootloaders with INFO_UF2.TXT): find the drive, copy the .hex/.uf2 with fsync, wait for
the drive to go away and (DAPLink) come back, then read FAIL.TXT.

The drive is `drive_path`, or the one folder under /media, /media/$USER or /run/media/$USER
(TINYDEPLOY_MEDIA_ROOTS, ':'-separated, overrides them) holding one of the board's markers;
with a serial number, the one whose DETAILS.TXT `Unique ID` (or INFO_UF2.TXT `Board-ID`) is it.
"""

import getpass
import os
import pathlib
import time

from ..server import ServerError

CHUNK = 16 * 1024
GONE_TIMEOUT_SEC = 20.0
BACK_TIMEOUT_SEC = 30.0
POLL_SEC = 0.1
RETURNING_MARKER = "DETAILS.TXT"  # DAPLink remounts after flashing; UF2 bootloaders need not


def _timeout(name, default):
    try:
        return float(os.environ.get(name, default))
    except ValueError:
        return default


def media_roots():
    env = os.environ.get("TINYDEPLOY_MEDIA_ROOTS")
    if env:
        return [pathlib.Path(p) for p in env.split(":") if p]
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = ""
    roots = [pathlib.Path("/media")]
    if user:
        roots += [pathlib.Path("/media", user), pathlib.Path("/run/media", user)]
    return roots


def _entry(folder, name):
    """The file `name` in folder, in any case (FAT), or None."""
    try:
        for child in folder.iterdir():
            if child.name.upper() == name.upper() and child.is_file():
                return child
    except OSError:
        pass
    return None


def _identity(folder):
    """The drive's board identity: DETAILS.TXT Unique ID or INFO_UF2.TXT Board-ID."""
    for marker, key in (("DETAILS.TXT", "unique id"), ("INFO_UF2.TXT", "board-id")):
        path = _entry(folder, marker)
        if path is None:
            continue
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        for line in text.splitlines():
            name, _, value = line.partition(":")
            if name.strip().lower() == key:
                return value.strip()
    return ""


def candidates(markers):
    found = []
    for root in media_roots():
        try:
            children = sorted(root.iterdir())
        except OSError:
            continue
        for folder in children:
            if folder.is_dir() and any(_entry(folder, m) for m in markers):
                found.append(folder)
    return found


def writable(folder):
    """False for a read-only mount or folder."""
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return False
    except OSError:
        return False
    return os.access(folder, os.W_OK)


def find_drive(job, markers):
    labels = [label.upper() for label in job.settings.get("labels") or []]
    if job.drive_path:
        folder = pathlib.Path(job.drive_path)
        if not folder.is_dir():
            raise ServerError(
                f"The drive {folder} does not exist: plug the board's USB cable, wait until its "
                "drive appears, or correct drive_path."
            )
        if not any(_entry(folder, m) for m in markers):
            raise ServerError(
                f"{folder} is not the board's drive (it has no {' or '.join(markers)}): correct "
                "drive_path."
            )
        return folder
    found = candidates(markers)
    if job.serial_number:
        found = [f for f in found if _identity(f).lower() == job.serial_number.lower()] or [
            f for f in found if not _identity(f)
        ]
    elif labels and len(found) > 1:
        named = [f for f in found if any(f.name.upper().startswith(lab) for lab in labels)]
        found = named or found
    roots = ", ".join(str(r) for r in media_roots())
    if not found:
        which = f" with serial number {job.serial_number}" if job.serial_number else ""
        raise ServerError(
            f"The board's USB drive{which} was not found under {roots}: plug the board's USB "
            "cable, wait until its drive appears (and is mounted), or set drive_path.",
            f"Looked for a folder holding {' or '.join(markers)}.",
        )
    if len(found) > 1:
        raise ServerError(
            f"Several boards' drives are mounted ({', '.join(str(f) for f in found)}): choose "
            "the board's serial port, or set drive_path to one of them.",
        )
    return found[0]


def _wait(predicate, timeout_sec):
    deadline = time.monotonic() + timeout_sec
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(POLL_SEC)
    return predicate()


def _copy(job, source, target):
    total = source.stat().st_size
    done = 0
    with open(source, "rb") as reader, open(target, "wb") as writer:
        for chunk in iter(lambda: reader.read(CHUNK), b""):
            writer.write(chunk)
            done += len(chunk)
            job.progress.bytes(done, total, low=5, high=70, what="Copying")
        writer.flush()
        os.fsync(writer.fileno())


def flash(job):
    settings = job.settings
    markers = settings.get("markers") or ["DETAILS.TXT", "INFO_UF2.TXT"]
    kind = settings.get("format", "hex")
    firmware = job.artifact(kind)
    drive = find_drive(job, markers)
    identity = _identity(drive)
    if not writable(drive):
        raise ServerError(
            f"The board's drive {drive} is read-only: remount it read-write (unplug and plug the "
            "board; check that no other program holds it), then flash again."
        )
    returns = _entry(drive, RETURNING_MARKER) is not None
    marker = next(m for m in markers if _entry(drive, m))
    job.progress.stage(f"Copying the firmware to {drive}", 2)
    target = drive / ("firmware." + kind)
    try:
        _copy(job, firmware, target)
    except OSError as error:
        if error.errno == 30:  # EROFS
            raise ServerError(
                f"The board's drive {drive} is read-only: remount it read-write, then flash "
                "again.", str(error)
            ) from error
        raise ServerError(
            f"Copying the firmware to {drive} failed ({error.strerror}): unplug and plug the "
            "board, then flash again.", str(error)
        ) from error
    job.progress.stage("Waiting for the board to take the firmware", 75)
    gone = _wait(lambda: _entry(drive, marker) is None, _timeout(
        "TINYDEPLOY_DRIVE_GONE_SEC", GONE_TIMEOUT_SEC))
    if not gone:
        raise ServerError(
            f"The board did not take the firmware: its drive {drive} stayed mounted "
            f"{GONE_TIMEOUT_SEC:g} s after the copy. Unplug and plug the board, then flash again.",
        )
    if not returns:
        return {"firmware": firmware, "verified": False, "drive": str(drive)}
    job.progress.stage("Waiting for the drive to come back", 85)

    if not _wait(lambda: _entry(drive, marker) is not None, _timeout("TINYDEPLOY_DRIVE_BACK_SEC", BACK_TIMEOUT_SEC)):
        # It may come back under another name (MICROBIT1): look for the same board again.
        again = [f for f in candidates(markers) if identity and _identity(f) == identity]
        if not again:
            raise ServerError(
                f"The board's drive {drive} did not come back after flashing: unplug and plug "
                "the board and check its drive for FAIL.TXT.",
            )
        drive = again[0]
    fail = _entry(drive, "FAIL.TXT")
    if fail is not None:
        text = fail.read_text(encoding="utf-8", errors="replace").strip()
        first = text.splitlines()[0] if text else "no reason given"
        raise ServerError(
            f"The board rejected the firmware ({first}): check that the board matches the chosen "
            "board, then flash again.", text
        )
    # DAPLink checks what it programmed and reports a failure in FAIL.TXT; there is none.
    return {"firmware": firmware, "verified": False, "board_reported_ok": True, "drive": str(drive)}
