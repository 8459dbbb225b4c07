"""TinyDeploy's udev rules (packaging/udev/generate_udev_rules.py): every USB id of every
template's boards.json, in each spelling the board parser accepts, gets ID_MM_DEVICE_IGNORE and
uaccess on both the USB device and its serial port; every rule line is well formed."""

import json
import pathlib
import re
import sys
import tempfile
import unittest

SOURCE = pathlib.Path(__file__).resolve().parents[3]
sys.path.insert(0, str(SOURCE / "packaging" / "udev"))
import generate_udev_rules as gen  # noqa: E402

# One udev assignment or match: KEY{attr}?OP"value".
PAIR = re.compile(r'^[A-Z_]+(\{[A-Za-z_]+\})?(==|!=|=|\+=|:=)"[^"]*"$')


def well_formed(line):
    return all(PAIR.match(part.strip()) for part in line.split(", "))


class UdevRules(unittest.TestCase):
    def test_every_spelling_of_an_id(self):
        with tempfile.TemporaryDirectory() as tmp:
            template = pathlib.Path(tmp) / "t"
            template.mkdir()
            (template / "boards.json").write_text(json.dumps({
                "$comment": {"usb_vid": "0x1111", "usb_pid": "0x1111"},
                "list": {"usb": [{"vid": "0x0483", "pid": "0x374B"}, {"vid": 3368, "pid": 516}]},
                "pair": {"usb_vid": "0x10c4", "usb_pid": "ea60"},
                "tvm": {"vid_hex": "2fe3", "pid_hex": "0100"},
                "none": {"usb_vid": None, "usb_pid": None},
            }))
            ids = gen.known_ids([tmp])
        self.assertEqual(sorted(ids), [(0x0483, 0x374b), (0x0d28, 0x0204), (0x10c4, 0xea60),
                                       (0x2fe3, 0x0100)])
        self.assertEqual(ids[(0x0483, 0x374b)], ["list"])

    def test_rules_of_our_templates(self):
        with tempfile.TemporaryDirectory() as tmp:
            output = pathlib.Path(tmp) / "70-tinydeploy.rules"
            self.assertEqual(gen.main(["gen", str(output), str(SOURCE / "firmware_templates")]), 0)
            text = output.read_text()
        expected = set()
        for path in (SOURCE / "firmware_templates").glob("*/boards.json"):
            for name, board in json.loads(path.read_text()).items():
                if isinstance(board, dict):
                    expected.update(gen.board_ids(board))
        self.assertIn((0x0483, 0x374b), expected)  # ST-LINK/V2-1 of the Nucleo boards
        self.assertIn((0x0d28, 0x0204), expected)  # DAPLink of the micro:bit
        for vid, pid in expected:
            usb = [line for line in text.splitlines() if line.startswith('SUBSYSTEM=="usb"')
                   and f'ATTR{{idVendor}}=="{vid:04x}", ATTR{{idProduct}}=="{pid:04x}"' in line]
            tty = [line for line in text.splitlines() if line.startswith('SUBSYSTEM=="tty"')
                   and f'ATTRS{{idVendor}}=="{vid:04x}", ATTRS{{idProduct}}=="{pid:04x}"' in line]
            self.assertEqual(len(usb), 1, f"{vid:04x}:{pid:04x}")
            self.assertEqual(len(tty), 1, f"{vid:04x}:{pid:04x}")
            for line in usb + tty:
                self.assertIn('ENV{ID_MM_DEVICE_IGNORE}="1"', line)
                self.assertIn('TAG+="uaccess"', line)
        for line in text.splitlines():
            if line and not line.startswith("#"):
                self.assertTrue(well_formed(line), line)
        self.assertTrue(text.rstrip().endswith('LABEL="tinydeploy_end"'))


if __name__ == "__main__":
    unittest.main()
