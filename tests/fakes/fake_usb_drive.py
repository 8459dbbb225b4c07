#!/usr/bin/env python3
"""A fake USB drive of a board (DAPLink's MICROBIT with DETAILS.TXT, or a UF2 bootloader's
drive with INFO_UF2.TXT) for the flashing layer's drive path: a folder that "remounts" once a
firmware file is written into it, as the real drive does after flashing.

As a module: make_drive(...) and Remounter(drive, ...).start(). As a process:
    fake_usb_drive.py --drive DIR [--uf2] [--unique-id ID] [--fail TEXT] [--no-return]
                      [--timeout SEC]
creates the drive, waits for a *.hex / *.uf2 / *.bin to appear (up to --timeout), then removes
the folder and, unless --no-return (UF2 bootloaders start the new firmware), recreates it with
its marker and, with --fail, a FAIL.TXT. Prints "ready" when the drive exists, "remounted" or
"gone" at the end; exit status 0, or 1 when no firmware came before the deadline.
"""

import argparse
import pathlib
import shutil
import sys
import threading
import time

DETAILS = "# DAPLink Firmware - see https://daplink.io\nUnique ID: {uid}\nHIC ID: 9790\n"
INFO_UF2 = "UF2 Bootloader v3.0\nModel: Raspberry Pi RP2\nBoard-ID: {uid}\n"
FIRMWARE_SUFFIXES = (".hex", ".uf2", ".bin")


def make_drive(path, unique_id="9904360259", uf2=False):
    """Creates the drive folder with its marker file; returns its path."""
    drive = pathlib.Path(path)
    drive.mkdir(parents=True)
    marker, text = ("INFO_UF2.TXT", INFO_UF2) if uf2 else ("DETAILS.TXT", DETAILS)
    (drive / marker).write_text(text.format(uid=unique_id))
    return drive


def _firmware_in(drive):
    try:
        return [p for p in drive.iterdir() if p.suffix.lower() in FIRMWARE_SUFFIXES]
    except OSError:
        return []


class Remounter(threading.Thread):
    """Waits for a firmware file in the drive, then unmounts (removes) it and, unless
    come_back is False, mounts it again (with FAIL.TXT when fail_text is given)."""

    def __init__(self, drive, fail_text=None, come_back=True, timeout_sec=30.0, away_sec=0.3):
        super().__init__(daemon=True)
        self.drive = pathlib.Path(drive)
        self.fail_text = fail_text
        self.come_back = come_back
        self.timeout_sec = timeout_sec
        self.away_sec = away_sec
        self.received = None  # bytes of the firmware written, once seen

    def run(self):
        deadline = time.monotonic() + self.timeout_sec
        while time.monotonic() < deadline and not _firmware_in(self.drive):
            time.sleep(0.02)
        found = _firmware_in(self.drive)
        if not found:
            return
        time.sleep(0.05)  # the writer's fsync and close
        self.received = found[0].read_bytes()
        markers = {p.name: p.read_text() for p in self.drive.iterdir() if p.suffix == ".TXT"}
        shutil.rmtree(self.drive)
        time.sleep(self.away_sec)
        if self.come_back:
            self.drive.mkdir()
            for name, text in markers.items():
                (self.drive / name).write_text(text)
            if self.fail_text:
                (self.drive / "FAIL.TXT").write_text(self.fail_text)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--drive", required=True)
    parser.add_argument("--uf2", action="store_true")
    parser.add_argument("--unique-id", default="9904360259")
    parser.add_argument("--fail")
    parser.add_argument("--no-return", action="store_true")
    parser.add_argument("--timeout", type=float, default=120.0)
    args = parser.parse_args()
    drive = make_drive(args.drive, args.unique_id, args.uf2)
    print("ready", flush=True)
    watcher = Remounter(drive, args.fail, not args.no_return, args.timeout)
    watcher.start()
    watcher.join()
    if watcher.received is None:
        print("no firmware arrived", flush=True)
        return 1
    print("gone" if args.no_return else "remounted", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
