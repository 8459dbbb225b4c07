"""The micro:bit's USB drive path end to end through the `microbit` template's server: a
project generated and built for microbit-v1 and microbit-v2, flashed with flasher=drive onto
a fake MICROBIT drive folder (DETAILS.TXT as DAPLink writes it), while a watcher "unmounts"
it once the .hex is written and "remounts" it, with or without FAIL.TXT.

The watcher checks that the file copied is the firmware: the Intel HEX decodes to exactly the
bytes of build/firmware.bin at address 0.

Run: python3 -m unittest discover -s tests/integration/microbit -p 'test_microbit_drive.py'
"""

import os
import pathlib
import shutil
import sys
import tempfile
import threading
import time
import unittest

HERE = pathlib.Path(__file__).resolve().parent
SOURCE_DIR = HERE.parents[2]
sys.path.insert(0, str(HERE.parent))

import minimal_tvm_client as client_lib  # noqa: E402

TEMPLATE = SOURCE_DIR / "firmware_templates" / "microbit"
SAMPLE = SOURCE_DIR / "resources" / "samples" / "digits_int8.tar"
HAVE_ARM = shutil.which("arm-none-eabi-gcc") is not None

# A micro:bit v1.5's DETAILS.TXT (DAPLink 0255); the Unique ID is also the USB serial number.
DETAILS = """# DAPLink Firmware - see https://mbed.com/daplink
Unique ID: {uid}
HIC ID: 9796990b
Auto Reset: 1
Automation allowed: 0
Overflow detection: 0
Daplink Mode: Interface
Interface Version: 0255
Bootloader Version: 0255
Git SHA: 1436bdcc67029fdfc0ff03b73e12045bb6a9f272
Local Mods: 0
USB Interfaces: MSD, CDC, HID, WebUSB
Bootloader CRC: 0x828c6069
Interface CRC: 0x5b5cc0f1
Remount count: 0
URL: https://microbit.org/device/?id=9900&v=0255
"""
UID_A = "9900000037024e450073201100000021000000009796990b"
UID_B = "9904000051144e45004b00090000003c0000000097969901"
# What DAPLink writes when the hex is for another target (the text of its error table).
FAIL_TEXT = "error: The hex file cannot be decoded. Checksum calculation failure occurred.\r\ntype: user\r\n"


def decode_hex(text):
    """{address: byte} of an Intel HEX file (records 00, 01, 02, 04, 05)."""
    memory = {}
    base = 0
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        assert line.startswith(":"), line
        record = bytes.fromhex(line[1:])
        assert sum(record) & 0xFF == 0, f"bad checksum: {line}"
        count, address, kind = record[0], int.from_bytes(record[1:3], "big"), record[3]
        data = record[4:4 + count]
        if kind == 0x00:
            for i, byte in enumerate(data):
                memory[base + address + i] = byte
        elif kind == 0x01:
            break
        elif kind == 0x02:
            base = int.from_bytes(data, "big") << 4
        elif kind == 0x04:
            base = int.from_bytes(data, "big") << 16
    return memory


def make_drive(media, name, uid):
    drive = media / name
    drive.mkdir(parents=True)
    for entry, text in (("DETAILS.TXT", DETAILS.format(uid=uid)),
                        ("MICROBIT.HTM", "<html><body>micro:bit</body></html>\n")):
        (drive / entry).write_text(text, encoding="ascii")
    return drive


class Remounter(threading.Thread):
    """The board's side: waits for a .hex on the drive, keeps it, "unmounts" the drive (the
    folder goes away), then "remounts" it after a while, with FAIL.TXT when asked."""

    def __init__(self, drive, fail_text=None, deadline_sec=60.0):
        super().__init__(daemon=True)
        self.drive = pathlib.Path(drive)
        self.fail_text = fail_text
        self.deadline_sec = deadline_sec
        self.hex_text = None

    def _written(self):
        for entry in self.drive.glob("*"):
            if entry.suffix.lower() == ".hex":
                return entry
        return None

    def run(self):
        deadline = time.monotonic() + self.deadline_sec
        target = None
        while time.monotonic() < deadline and target is None:
            target = self._written()
            time.sleep(0.02)
        if target is None:
            return
        # The flasher fsyncs and closes before it waits for the drive to go; wait until the
        # file stops growing as a real drive would.
        size = -1
        while time.monotonic() < deadline and target.stat().st_size != size:
            size = target.stat().st_size
            time.sleep(0.1)
        self.hex_text = target.read_text(encoding="ascii")
        details = (self.drive / "DETAILS.TXT").read_text(encoding="ascii")
        shutil.rmtree(self.drive)
        time.sleep(0.5)  # DAPLink programs the target, then re-enumerates
        self.drive.mkdir()
        (self.drive / "DETAILS.TXT").write_text(details, encoding="ascii")
        if self.fail_text:
            (self.drive / "FAIL.TXT").write_text(self.fail_text, encoding="ascii")


@unittest.skipUnless(HAVE_ARM, "arm-none-eabi-gcc is not installed (gcc-arm-none-eabi)")
class MicrobitDrive(unittest.TestCase):
    projects = {}

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory(prefix="td-microbit-drive-")
        cls.work = pathlib.Path(cls.tmp.name)
        for board in ("microbit-v1", "microbit-v2"):
            client = client_lib.Client(TEMPLATE)
            try:
                info = client.call("server_info_query", tvm_version="0.18.0")
                options = client_lib.fill_options(info, {"board": board})
                project = cls.work / board
                client.call("generate_project", model_library_format_path=str(SAMPLE),
                            standalone_crt_dir=str(cls.work), project_dir=str(project),
                            options=options)
            finally:
                client.shutdown()
            server = client_lib.Client(project)
            try:
                server.call("build", options=options)
            finally:
                server.shutdown()
            cls.projects[board] = project

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def setUp(self):
        self.media = pathlib.Path(tempfile.mkdtemp(prefix="media-", dir=self.work))
        self.saved = dict(os.environ)
        os.environ.update(TINYDEPLOY_MEDIA_ROOTS=str(self.media), TINYDEPLOY_DRIVE_GONE_SEC="20",
                          TINYDEPLOY_DRIVE_BACK_SEC="20")

    def tearDown(self):
        os.environ.clear()
        os.environ.update(self.saved)
        shutil.rmtree(self.media, ignore_errors=True)

    def flash(self, board, **user):
        server = client_lib.Client(self.projects[board])  # inherits TINYDEPLOY_MEDIA_ROOTS
        try:
            info = server.call("server_info_query", tvm_version="0.18.0")
            defaults = {o["name"]: o["default"] for o in info["project_options"]}
            self.assertEqual(defaults["flasher"], "auto")  # the board's first: the drive
            result = server.call("flash", options=client_lib.fill_options(info, user))
            self.assertEqual(result["flasher"], "drive")
            return result
        finally:
            server.shutdown()

    def assert_firmware(self, board, hex_text):
        self.assertIsNotNone(hex_text, "nothing was copied to the drive")
        memory = decode_hex(hex_text)
        image = (self.projects[board] / "build" / "firmware.bin").read_bytes()
        self.assertEqual(min(memory), 0)
        # objcopy -O binary fills the gaps between sections with zeros; the hex leaves them out.
        self.assertEqual(bytes(memory.get(a, 0) for a in range(len(image))), image)
        self.assertEqual(max(memory) + 1, len(image))

    def test_copy_remount_and_result(self):
        for board in ("microbit-v1", "microbit-v2"):
            with self.subTest(board=board):
                drive = make_drive(self.media, "MICROBIT", UID_A)
                try:
                    self.copy_remount_and_result(board, drive)
                finally:
                    shutil.rmtree(drive, ignore_errors=True)

    def copy_remount_and_result(self, board, drive):
        watcher = Remounter(drive)
        watcher.start()
        try:
            result = self.flash(board)
        finally:
            watcher.join(30)
        self.assert_firmware(board, watcher.hex_text)
        self.assertEqual(result["flasher"], "drive")
        self.assertEqual(result["drive"], str(drive))
        self.assertTrue(result["board_reported_ok"])
        hex_path = self.projects[board] / "build" / "firmware.hex"
        self.assertEqual(result["firmware"]["path"], str(hex_path))
        self.assertEqual(result["firmware"]["size_bytes"], hex_path.stat().st_size)
        self.assertNotIn("serial_port", result)  # TinyDeploy picks the DAPLink's port

    def test_fail_txt_is_a_failure(self):
        drive = make_drive(self.media, "MICROBIT", UID_A)
        watcher = Remounter(drive, fail_text=FAIL_TEXT)
        watcher.start()
        with self.assertRaises(client_lib.ProjectAPIError) as caught:
            self.flash("microbit-v1")
        watcher.join(30)
        message = str(caught.exception).splitlines()[0]
        self.assertIn("The board rejected the firmware (error: The hex file cannot be decoded.",
                      message)
        self.assertIn("check that the board matches the chosen board", message)

    def test_serial_number_picks_the_board(self):
        make_drive(self.media, "MICROBIT", UID_A)
        other = make_drive(self.media, "MICROBIT1", UID_B)
        watcher = Remounter(other)
        watcher.start()
        result = self.flash("microbit-v1", serial_number=UID_B)
        watcher.join(30)
        self.assertEqual(result["drive"], str(other))
        self.assert_firmware("microbit-v1", watcher.hex_text)
        self.assertFalse(any(p.suffix == ".hex" for p in (self.media / "MICROBIT").iterdir()))

    def test_two_boards_and_no_choice(self):
        make_drive(self.media, "MICROBIT", UID_A)
        make_drive(self.media, "MICROBIT1", UID_B)
        with self.assertRaises(client_lib.ProjectAPIError) as caught:
            self.flash("microbit-v2")
        self.assertIn("Several boards' drives are mounted", str(caught.exception))

    def test_no_drive(self):
        with self.assertRaises(client_lib.ProjectAPIError) as caught:
            self.flash("microbit-v2")
        message = str(caught.exception).splitlines()[0]
        self.assertIn("The board's USB drive was not found under", message)
        self.assertIn("plug the board's USB cable", message)


if __name__ == "__main__":
    unittest.main()
