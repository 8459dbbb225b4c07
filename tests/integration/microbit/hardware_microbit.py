"""Hardware test (CTest label Hardware): deploys the int8 digits sample to every micro:bit
plugged in, through its MICROBIT drive (the template's default flasher) and its DAPLink serial
port, and checks that every sample is predicted right with timings from the silicon.

The board version comes from the DAPLink's USB serial number (its Unique ID), whose first four
digits are the micro:bit board ID: 9900/9901 = v1.3/v1.5, 9903 to 9906 = v2.x.
Exit 77 (skipped) when no micro:bit is plugged in.

Run: python3 hardware_microbit.py /path/to/tinydeploy-cli
"""

import json
import pathlib
import subprocess
import sys

SOURCE_DIR = pathlib.Path(__file__).resolve().parents[3]
SYSFS_USB = pathlib.Path("/sys/bus/usb/devices")
SKIPPED = 77
BOARD_IDS = {"9900": "microbit-v1", "9901": "microbit-v1", "9903": "microbit-v2",
             "9904": "microbit-v2", "9905": "microbit-v2", "9906": "microbit-v2"}


def read(path):
    try:
        return path.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return ""


def plugged():
    """[(board, serial number, tty)] of the micro:bits' DAPLinks."""
    found = []
    for device in sorted(SYSFS_USB.glob("*")):
        if (read(device / "idVendor"), read(device / "idProduct")) != ("0d28", "0204"):
            continue
        serial = read(device / "serial")
        ttys = sorted(device.glob(device.name + ":*/tty/*"))
        board = BOARD_IDS.get(serial[:4])
        # DAPLink re-enumerates after a drag-and-drop flash: the by-id name survives that.
        by_id = sorted(pathlib.Path("/dev/serial/by-id").glob(f"*{serial}*")) if serial else []
        if board and (by_id or ttys):
            found.append((board, serial, str(by_id[0]) if by_id else "/dev/" + ttys[0].name))
        else:
            print(f"ignoring DAPLink {serial or '(no serial)'}: not a micro:bit or no serial port")
    return found


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    boards = plugged()
    if not boards:
        print("SKIP: no micro:bit is plugged in (no DAPLink 0d28:0204 with a micro:bit ID)")
        return SKIPPED
    failures = 0
    for board, serial, port in boards:
        argv = [sys.argv[1], "deploy", "resources/samples/digits_int8.tar", "--template",
                "microbit", "-o", f"board={board}", "-o", f"serial_number={serial}", "--port",
                port, "--json"]
        print("running", " ".join(argv), flush=True)
        done = subprocess.run(argv, cwd=SOURCE_DIR, stdout=subprocess.PIPE, timeout=600,
                              check=False)
        try:
            outcome = json.loads(done.stdout)
        except ValueError:
            outcome = {}
        results = outcome.get("results") or []
        right = [r for r in results if r.get("predicted") == r.get("true_class")
                 and r.get("agrees_with_expected")]
        emulated = any((r.get("latency") or {}).get("emulated") for r in results)
        ok = done.returncode == 0 and len(results) == 5 and len(right) == 5 and not emulated
        print(f"{board} {serial} on {port}: {'OK' if ok else 'FAILED'} "
              f"({len(right)} of {len(results)} right, exit {done.returncode})")
        failures += not ok
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
