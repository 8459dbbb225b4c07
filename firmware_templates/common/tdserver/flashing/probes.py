"""USB probes and boards as Linux lists them in sysfs: which of a board's USB ids are plugged
in, their serial numbers, and the tty (ST-Link VCP, DAPLink CDC) of one serial number.

TINYDEPLOY_SYSFS_USB overrides /sys/bus/usb/devices (tests use a fake tree). Where sysfs
cannot be read the list is empty and the tools report for themselves.
"""

import os
import pathlib

SYSFS_USB = "/sys/bus/usb/devices"


def _root():
    return pathlib.Path(os.environ.get("TINYDEPLOY_SYSFS_USB", SYSFS_USB))


def _read(path):
    try:
        return path.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return ""


def _ids(board):
    ids = set()
    for entry in board.get("usb") or []:
        try:
            ids.add((int(str(entry["vid"]), 16), int(str(entry["pid"]), 16)))
        except (KeyError, ValueError):
            continue
    return ids


def find(board):
    """[{"serial", "vid", "pid", "path"}] of the plugged USB devices with one of the board's
    ids, in a stable order."""
    wanted = _ids(board)
    found = []
    root = _root()
    try:
        entries = sorted(root.iterdir())
    except OSError:
        return []
    for device in entries:
        vid, pid = _read(device / "idVendor"), _read(device / "idProduct")
        if not vid or not pid:
            continue
        try:
            key = (int(vid, 16), int(pid, 16))
        except ValueError:
            continue
        if key in wanted:
            found.append(
                {"serial": _read(device / "serial"), "vid": vid, "pid": pid, "path": str(device)}
            )
    return found


def tty_of(device_path):
    """/dev/ttyACMn of a USB device's CDC interface, or None."""
    device = pathlib.Path(device_path)
    for tty in sorted(device.glob(device.name + ":*/tty/*")):
        return "/dev/" + tty.name
    return None


def choose(board, serial_number, probe, errors):
    """The plugged device to flash: the one with serial_number, the only one, or None when
    sysfs shows none (the tool then looks for itself). Raises for an ambiguous choice."""
    plugged = find(board)
    serials = [p["serial"] or "(no serial number)" for p in plugged]
    if serial_number:
        for device in plugged:
            if device["serial"].lower() == serial_number.lower():
                return device
        if plugged:
            raise errors.probe_not_plugged(probe, serial_number, serials)
        return None
    if len(plugged) > 1:
        raise errors.several_probes(probe, serials)
    return plugged[0] if plugged else None
