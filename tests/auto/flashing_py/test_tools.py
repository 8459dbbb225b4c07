"""Debian's real flashing tools with no hardware: openocd and st-flash with no probe, gdb with
no server, and the GDB path against QEMU's netduinoplus2 stub (a real load, verify and reset).
A test whose tool is not installed is skipped and says which package it needs."""

import io
import pathlib
import shutil
import subprocess
import tempfile
import unittest

import helpers
from tdserver import flashing
from tdserver.server import ServerError


def needs(tool, package):
    return unittest.skipUnless(shutil.which(tool), f"{tool} is not installed ({package})")


class ToolTestCase(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.work = pathlib.Path(self.dir.name)
        (self.work / "build").mkdir()
        self.handler = helpers.Handler(self.work)
        self.out = io.StringIO()
        self.artifacts = helpers.build_tiny_firmware(self.work / "build")
        if self.artifacts is None:
            self.skipTest("arm-none-eabi-gcc is not installed (gcc-arm-none-eabi)")
        # No fake USB tree: sysfs shows what is plugged here (nothing).
        self.env = helpers.EnvPatch(TINYDEPLOY_SYSFS_USB=str(self.work / "no-usb"))
        self.env.__enter__()

    def tearDown(self):
        self.env.__exit__()
        self.dir.cleanup()

    def flash(self, options, board=None):
        return flashing.flash(self.handler, "nucleo-f446re", board or helpers.NUCLEO, options,
                              self.artifacts, progress=flashing.Progress(self.out))


class NoProbe(ToolTestCase):
    @needs("openocd", "openocd")
    def test_openocd_without_probe(self):
        with self.assertRaises(ServerError) as caught:
            self.flash({"flasher": "openocd"})
        self.assertEqual(
            str(caught.exception),
            "No ST-LINK probe was found: plug the USB cable marked ST-LINK; check the udev "
            "rules (openocd's 60-openocd.rules).",
        )
        self.assertIn("exit status 1", caught.exception.details)
        self.assertIn("Error: open failed", caught.exception.details)
        self.assertNotIn("Flashed (100%)", self.out.getvalue())

    @needs("openocd", "openocd")
    def test_openocd_with_serial_number(self):
        with self.assertRaises(ServerError) as caught:
            self.flash({"flasher": "openocd", "serial_number": "0671FF485550755187121723"})
        self.assertIn("No ST-LINK probe with serial number 0671FF485550755187121723 was found",
                      str(caught.exception))
        self.assertIn("adapter serial 0671FF485550755187121723", caught.exception.details)

    @needs("st-flash", "stlink-tools")
    def test_stflash_without_probe(self):
        with self.assertRaises(ServerError) as caught:
            self.flash({"flasher": "stflash", "serial_number": "066DFF"})
        self.assertIn("No ST-LINK probe with serial number 066DFF was found: plug the USB cable "
                      "marked ST-LINK", str(caught.exception))
        self.assertIn("exit status 255", caught.exception.details)
        self.assertIn("Couldn't find any ST-Link devices", caught.exception.details)
        self.assertIn("--serial 066DFF", caught.exception.details)

    @needs("gdb-multiarch", "gdb-multiarch")
    def test_gdb_connection_refused_fails_fast(self):
        address = f"127.0.0.1:{helpers.free_port()}"
        with self.assertRaises(ServerError) as caught:
            self.flash({"flasher": "gdb", "gdb_server": address})
        self.assertEqual(
            str(caught.exception),
            f"Nothing answers at {address} (Connection refused): start the GDB server there "
            "(openocd, pyocd-gdbserver, st-util, JLinkGDBServer, or QEMU with -gdb) or correct "
            "gdb_server.",
        )

    def test_gdb_needs_a_server_address(self):
        with self.assertRaises(ServerError) as caught:
            self.flash({"flasher": "gdb"})
        self.assertIn("flasher=gdb needs gdb_server=HOST:PORT", str(caught.exception))
        with self.assertRaises(ServerError) as caught:
            self.flash({"flasher": "gdb", "gdb_server": "localhost"})
        self.assertIn("gdb_server must be HOST:PORT, for example 127.0.0.1:3333, not 'localhost'",
                      str(caught.exception))


@needs("qemu-system-arm", "qemu-system-arm")
@needs("gdb-multiarch", "gdb-multiarch")
class GdbAgainstQemu(ToolTestCase):
    def setUp(self):
        super().setUp()
        self.port = helpers.free_port()
        self.qemu = subprocess.Popen(
            ["qemu-system-arm", "-M", "netduinoplus2", "-nographic", "-monitor", "none",
             "-serial", "null", "-serial", "null", "-S", "-gdb", f"tcp:127.0.0.1:{self.port}"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        self.address = f"127.0.0.1:{self.port}"
        self.wait_for_stub()

    def wait_for_stub(self):
        import socket
        import time

        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return
            except OSError:
                time.sleep(0.05)
        self.fail("QEMU's gdb stub did not listen within 20 s")

    def tearDown(self):
        self.qemu.kill()
        self.qemu.wait()
        super().tearDown()

    def test_load_verify_reset_with_detection(self):
        result = self.flash({"flasher": "gdb", "gdb_server": self.address})
        self.assertEqual(result["flasher"], "gdb")
        self.assertEqual(result["gdb_server_type"], "qemu")
        self.assertTrue(result["verified"])
        self.assertEqual(result["firmware"]["path"], str(self.artifacts["elf"]))
        self.assertEqual(len(result["firmware"]["sha256"]), 64)
        self.assertEqual(result["image"]["size_bytes"], self.artifacts["bin"].stat().st_size)
        script = pathlib.Path(result["script"]).read_text()
        self.assertIn("monitor system_reset", script)
        self.assertIn("compare-sections", script)
        self.assertIn("Flashed (100%)", self.out.getvalue())
        load = flashing.progress.elf_load_bytes(self.artifacts["elf"])
        self.assertEqual(load, self.artifacts["bin"].stat().st_size)
        self.assertIn(f"Flashing: 80% ({flashing.progress.kib(load)} of", self.out.getvalue())
        self.assertIsNone(self.qemu.poll())  # the emulated board runs the new firmware

    def test_server_neutral_reset_for_a_server_it_cannot_tell(self):
        from unittest import mock

        with mock.patch("tdserver.flashing.gdb.classify_server", return_value=None):
            result = self.flash({"flasher": "gdb", "gdb_server": self.address, "verify": False})
        self.assertEqual(result["gdb_server_type"], "unknown")
        self.assertFalse(result["verified"])
        script = pathlib.Path(result["script"]).read_text()
        self.assertIn("set $sp = *(unsigned int *)0x08000000", script)
        self.assertIn("set $pc = *(unsigned int *)0x08000004", script)
        self.assertNotIn("monitor", script)
        self.assertIsNone(self.qemu.poll())

    def test_openocd_commands_rejected_by_qemu_are_a_failure(self):
        with self.assertRaises(ServerError) as caught:
            self.flash({"flasher": "gdb", "gdb_server": self.address,
                        "gdb_server_type": "openocd"})
        self.assertIn(f"The GDB server at {self.address} did not understand a reset command",
                      str(caught.exception))
        self.assertIn("unknown command", caught.exception.details)


class RunToolDeadline(unittest.TestCase):
    def test_a_tool_past_its_deadline_is_stopped(self):
        with tempfile.TemporaryDirectory() as folder:
            handler = helpers.Handler(folder)
            status, lines = handler.run_tool(
                ["sh", "-c", "printf 'a\\rb\\n'; exec sleep 30"], folder, timeout_sec=0.3)
        self.assertIsNone(status)
        self.assertEqual(lines, ["a", "b"])


if __name__ == "__main__":
    unittest.main()
