"""The USB-drive flasher on a fake drive folder: a DETAILS.TXT, and a watcher thread that
"remounts" it (removes the folder once the firmware is written, then recreates it)."""

import io
import pathlib
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import unittest
from unittest import mock

import helpers
from tdserver import flashing
from tdserver.server import ServerError

sys.path.insert(0, str(helpers.SOURCE_DIR / "tests" / "fakes"))
from fake_usb_drive import Remounter  # noqa: E402
from fake_usb_drive import make_drive as _make  # noqa: E402


def make_drive(root, name, n=1, marker="DETAILS.TXT", text=None):
    drive = _make(pathlib.Path(root) / name, unique_id=f"9904360259{n}",
                  uf2=marker == "INFO_UF2.TXT")
    if text:
        (drive / marker).write_text(text)
    return drive


class DriveFlasher(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.root = pathlib.Path(self.dir.name)
        self.media = self.root / "media"
        self.media.mkdir()
        build = self.root / "project" / "build"
        build.mkdir(parents=True)
        self.hex = build / "firmware.hex"
        self.hex.write_text(":020000040800F2\n" + ":10000000" + "00" * 16 + "F0\n" * 1 + ":00000001FF\n")
        self.handler = helpers.Handler(self.root / "project")
        self.out = io.StringIO()
        self.env = helpers.EnvPatch(TINYDEPLOY_MEDIA_ROOTS=str(self.media),
                                    TINYDEPLOY_DRIVE_GONE_SEC="10", TINYDEPLOY_DRIVE_BACK_SEC="10")
        self.env.__enter__()

    def tearDown(self):
        self.env.__exit__()
        self.dir.cleanup()

    def flash(self, options=None):
        return flashing.flash(self.handler, "microbit-v1", helpers.MICROBIT,
                              dict({"flasher": "drive"}, **(options or {})),
                              {"hex": self.hex}, progress=flashing.Progress(self.out))

    def test_copy_remount_and_check(self):
        drive = make_drive(self.media, "MICROBIT")
        watcher = Remounter(drive)
        watcher.start()
        result = self.flash()
        watcher.join(30)
        self.assertEqual(watcher.received, self.hex.read_bytes())
        self.assertEqual(result["drive"], str(drive))
        self.assertTrue(result["board_reported_ok"])
        self.assertEqual(result["firmware"]["size_bytes"], self.hex.stat().st_size)
        self.assertIn("Copying: 70%", self.out.getvalue())
        self.assertIn("Flashed (100%)", self.out.getvalue())

    def test_with_the_fake_drive_process(self):
        drive = self.media / "MICROBIT"
        fake = subprocess.Popen(
            [sys.executable, str(helpers.SOURCE_DIR / "tests" / "fakes" / "fake_usb_drive.py"),
             "--drive", str(drive), "--unique-id", "9904360259X", "--timeout", "60"],
            stdout=subprocess.PIPE, text=True)
        try:
            self.assertEqual(fake.stdout.readline().strip(), "ready")
            result = self.flash({"serial_number": "9904360259x"})
            self.assertEqual(fake.wait(60), 0)
            self.assertEqual(fake.stdout.read().strip(), "remounted")
        finally:
            if fake.poll() is None:
                fake.kill()
            fake.wait()
        self.assertEqual(result["drive"], str(drive))

    def test_fail_txt_is_the_error(self):
        drive = make_drive(self.media, "MICROBIT")
        Remounter(drive, fail_text="The hex file cannot be decoded.\nerror type: user\n").start()
        with self.assertRaises(ServerError) as caught:
            self.flash()
        self.assertIn("The board rejected the firmware (The hex file cannot be decoded.)",
                      str(caught.exception))
        self.assertIn("error type: user", caught.exception.details)

    def test_serial_number_picks_the_drive(self):
        make_drive(self.media, "MICROBIT", n=1)
        second = make_drive(self.media, "MICROBIT1", n=2)
        Remounter(second).start()
        result = self.flash({"serial_number": "99043602592"})
        self.assertEqual(result["drive"], str(second))

    def test_several_drives_and_none_chosen(self):
        make_drive(self.media, "MICROBIT", n=1)
        make_drive(self.media, "MICROBIT1", n=2)
        with self.assertRaises(ServerError) as caught:
            self.flash()
        self.assertIn("Several boards' drives are mounted", str(caught.exception))
        self.assertIn("set drive_path", str(caught.exception))

    def test_drive_not_found(self):
        with self.assertRaises(ServerError) as caught:
            self.flash()
        self.assertEqual(
            str(caught.exception),
            f"The board's USB drive was not found under {self.media}: plug the board's USB "
            "cable, wait until its drive appears (and is mounted), or set drive_path.",
        )

    def test_drive_path_without_marker(self):
        (self.media / "USBSTICK").mkdir()
        with self.assertRaises(ServerError) as caught:
            self.flash({"drive_path": str(self.media / "USBSTICK")})
        self.assertIn("is not the board's drive (it has no DETAILS.TXT)", str(caught.exception))

    def test_read_only_drive(self):
        make_drive(self.media, "MICROBIT")
        with mock.patch("tdserver.flashing.drive.writable", return_value=False):
            with self.assertRaises(ServerError) as caught:
                self.flash()
        self.assertIn("is read-only: remount it read-write", str(caught.exception))

    def test_drive_that_never_remounts(self):
        make_drive(self.media, "MICROBIT")
        with helpers.EnvPatch(TINYDEPLOY_DRIVE_GONE_SEC="0.3"):
            with self.assertRaises(ServerError) as caught:
                self.flash()
        self.assertIn("The board did not take the firmware", str(caught.exception))

    def test_uf2_drive_need_not_come_back(self):
        board = dict(helpers.MICROBIT, flash={
            "methods": ["drive"], "drive": {"markers": ["INFO_UF2.TXT"], "format": "uf2"}})
        drive = make_drive(self.media, "RPI-RP2", marker="INFO_UF2.TXT",
                           text="UF2 Bootloader v3.0\nModel: Raspberry Pi RP2\nBoard-ID: RPI-RP2\n")
        uf2 = self.hex.with_suffix(".uf2")
        uf2.write_bytes(b"UF2\n" + bytes(508))

        def unplug():
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline and not (drive / "firmware.uf2").exists():
                time.sleep(0.02)
            shutil.rmtree(drive)

        threading.Thread(target=unplug, daemon=True).start()
        result = flashing.flash(self.handler, "pico", board, {"flasher": "drive"}, {"uf2": uf2},
                                progress=flashing.Progress(self.out))
        self.assertEqual(result["flasher"], "drive")
        self.assertNotIn("board_reported_ok", result)


if __name__ == "__main__":
    unittest.main()
