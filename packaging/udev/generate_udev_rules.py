#!/usr/bin/env python3
"""Writes TinyDeploy's udev rules for every board a template knows by USB id.

The ids come from each template's boards.json (the one home of that fact), in every spelling
TinyDeploy's board parser accepts: "usb": [{"vid", "pid"}], "usb_vid"/"usb_pid", and TVM's
"vid_hex"/"pid_hex". For each id the rules

  - set ID_MM_DEVICE_IGNORE=1, so that ModemManager does not open the board's serial port for a
    few seconds after it appears (which breaks flashing and the first connection), and
  - tag the USB device and its serial port "uaccess", so that the user logged in at the seat
    may open them (the serial port, and the probe for openocd and st-flash) without being in
    the dialout or plugdev group.

uaccess works only in a rules file that sorts before 73-seat-late.rules: install it as
/lib/udev/rules.d/70-tinydeploy.rules.

usage: generate_udev_rules.py OUTPUT TEMPLATES_DIR...
"""

import json
import pathlib
import sys


def parse_id(value):
    """0x0483, "0483" or 1155 -> 0x0483; None for none."""
    if value is None or value == "":
        return None
    if isinstance(value, int):
        return value
    text = str(value).strip().lower()
    return int(text[2:] if text.startswith("0x") else text, 16)


def board_ids(board):
    ids = []
    for entry in board.get("usb") or []:
        ids.append((parse_id(entry.get("vid")), parse_id(entry.get("pid"))))
    for vid_key, pid_key in (("usb_vid", "usb_pid"), ("vid_hex", "pid_hex")):
        if board.get(vid_key) not in (None, "") and board.get(pid_key) not in (None, ""):
            ids.append((parse_id(board[vid_key]), parse_id(board[pid_key])))
    return [pair for pair in ids if None not in pair]


def known_ids(template_dirs):
    """{(vid, pid): sorted board names} over every template's boards.json."""
    ids = {}
    for directory in template_dirs:
        for path in sorted(pathlib.Path(directory).glob("*/boards.json")):
            data = json.loads(path.read_text(encoding="utf-8"))
            boards = data.get("boards", data) if isinstance(data, dict) else {}
            for name, board in boards.items():
                if name.startswith(("$", "_")) or not isinstance(board, dict):
                    continue
                for pair in board_ids(board):
                    ids.setdefault(pair, set()).add(name)
    return {pair: sorted(names) for pair, names in sorted(ids.items())}


def rules(ids):
    lines = [
        "# TinyDeploy: the boards its templates know. Generated from the templates' boards.json",
        "# by packaging/udev/generate_udev_rules.py; do not edit.",
        "# ModemManager leaves these devices alone (ID_MM_DEVICE_IGNORE), and the user logged in",
        "# at the seat may open their serial port and their probe (uaccess).",
        'ACTION!="add|change", GOTO="tinydeploy_end"',
        "",
    ]
    for (vid, pid), names in ids.items():
        match = f'ATTR{{idVendor}}=="{vid:04x}", ATTR{{idProduct}}=="{pid:04x}"'
        parent = f'ATTRS{{idVendor}}=="{vid:04x}", ATTRS{{idProduct}}=="{pid:04x}"'
        lines.append(f"# {vid:04x}:{pid:04x}: {', '.join(names)}")
        lines.append(f'SUBSYSTEM=="usb", ENV{{DEVTYPE}}=="usb_device", {match}, '
                     'ENV{ID_MM_DEVICE_IGNORE}="1", TAG+="uaccess"')
        lines.append(f'SUBSYSTEM=="tty", {parent}, ENV{{ID_MM_DEVICE_IGNORE}}="1", '
                     'TAG+="uaccess"')
        lines.append("")
    lines.append('LABEL="tinydeploy_end"')
    return "\n".join(lines) + "\n"


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    output = pathlib.Path(argv[1])
    text = rules(known_ids(argv[2:]))
    if not output.exists() or output.read_text(encoding="utf-8") != text:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
