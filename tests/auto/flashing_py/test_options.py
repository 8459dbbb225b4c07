"""The flashing layer's options, the choice of flasher, the plugged probes (a fake sysfs
tree) and the openocd / st-flash command lines."""

import pathlib
import tempfile
import unittest

import helpers
from tdserver import flashing
from tdserver.flashing import openocd, probes, stflash
from tdserver.server import ServerError

QEMU_BOARD = {"emulated": True, "flash": {"methods": ["qemu", "gdb"]},
              "qemu": {"machine": "netduinoplus2", "serial_index": 1}}
BOARDS = {"nucleo-f446re": helpers.NUCLEO, "qemu-netduinoplus2": QEMU_BOARD}


class Options(unittest.TestCase):
    def options(self):
        return {o.name: o for o in flashing.project_options(BOARDS)}

    def test_names_and_choices(self):
        options = self.options()
        self.assertEqual(sorted(options), ["drive_path", "flasher", "gdb_server",
                                           "gdb_server_type", "serial_number", "verify"])
        self.assertEqual(options["flasher"].choices,
                         ["auto", "gdb", "openocd", "qemu", "stflash"])
        self.assertEqual(options["flasher"].default, "auto")
        self.assertEqual(options["gdb_server_type"].choices,
                         ["auto", "openocd", "pyocd", "st-util", "jlink", "qemu"])
        self.assertTrue(options["verify"].default)

    def test_auto_is_the_boards_first(self):
        # The same default for every board: a form keeps it when the board changes.
        self.assertEqual(self.options()["flasher"].default, "auto")
        for name, board, expected in (("qemu-netduinoplus2", QEMU_BOARD, "qemu"),
                                      ("nucleo-f446re", helpers.NUCLEO, "openocd")):
            for given in ({}, {"flasher": "auto"}, {"flasher": ""}):
                job = flashing.make_job(None, name, board, given, {})
                self.assertEqual(job.flasher, expected, (name, given))

    def test_a_flasher_the_board_lacks(self):
        with self.assertRaises(ServerError) as caught:
            flashing.make_job(None, "qemu-netduinoplus2", QEMU_BOARD, {"flasher": "stflash"}, {})
        self.assertEqual(str(caught.exception), "Board qemu-netduinoplus2 cannot be flashed with "
                         "'stflash': choose flasher=qemu or gdb.")
        job = flashing.make_job(None, "qemu-netduinoplus2", QEMU_BOARD, {"flasher": None}, {})
        self.assertEqual(job.flasher, "qemu")


class CommandLines(unittest.TestCase):
    def job(self, **options):
        return flashing.make_job(None, "nucleo-f446re", helpers.NUCLEO, options, {})

    def test_openocd(self):
        argv = openocd.argv_for(self.job(flasher="openocd", serial_number="0671FF"),
                                pathlib.Path("/p q/firmware.elf"))
        self.assertEqual(argv[1:], [
            "-f", "interface/stlink.cfg", "-c", "adapter serial 0671FF",
            "-c", "transport select hla_swd", "-f", "target/stm32f4x.cfg",
            "-c", "program {/p q/firmware.elf} verify reset exit"])
        argv = openocd.argv_for(self.job(flasher="openocd", verify="false"), "fw.elf")
        self.assertEqual(argv[-1], "program {fw.elf} reset exit")
        self.assertNotIn("adapter serial", " ".join(argv))

    def test_openocd_refuses_tcl_in_the_serial_number(self):
        for serial in ["0671FF; shutdown", "[exec touch /tmp/x]", "$env(HOME)", "a b",
                       "0671{FF}", "x\\y", "nul\x00"]:
            with self.assertRaises(ServerError) as caught:
                openocd.argv_for(self.job(flasher="openocd", serial_number=serial), "fw.elf")
            self.assertIn("serial_number", str(caught.exception))

    def test_openocd_braces_a_path_with_spaces(self):
        argv = openocd.argv_for(self.job(flasher="openocd"), "/tmp/my project/fw.elf")
        self.assertIn("program {/tmp/my project/fw.elf} verify reset exit", argv)
        with self.assertRaises(ServerError):
            openocd.argv_for(self.job(flasher="openocd"), "/tmp/a}b/fw.elf")

    def test_stflash(self):
        argv = stflash.argv_for(self.job(flasher="stflash", serial_number="066D"), "fw.bin")
        self.assertEqual(argv[1:], ["--serial", "066D", "--reset", "write", "fw.bin",
                                    "0x08000000"])

    def test_qemu(self):
        from tdserver.flashing import qemu

        argv = qemu.argv_for(QEMU_BOARD, "fw.elf")
        self.assertEqual(argv[1:], ["-M", "netduinoplus2", "-nographic", "-monitor", "none",
                                    "-serial", "null", "-serial", "pty", "-kernel", "fw.elf"])


class Probes(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.root = pathlib.Path(self.dir.name)
        self.env = helpers.EnvPatch(TINYDEPLOY_SYSFS_USB=str(self.root))
        self.env.__enter__()
        helpers.fake_usb_device(self.root, "1-2", "0483", "374b", "0671FF", tty="ttyACM0")
        helpers.fake_usb_device(self.root, "1-3", "046d", "c52b", "MOUSE")

    def tearDown(self):
        self.env.__exit__()
        self.dir.cleanup()

    def test_the_only_probe_is_chosen_with_its_port(self):
        chosen = probes.choose(helpers.NUCLEO, "", "ST-LINK", flashing.errors)
        self.assertEqual(chosen["serial"], "0671FF")
        self.assertEqual(probes.tty_of(chosen["path"]), "/dev/ttyACM0")

    def test_several_probes_and_none_chosen(self):
        helpers.fake_usb_device(self.root, "1-4", "0483", "374e", "002F00")
        with self.assertRaises(ServerError) as caught:
            probes.choose(helpers.NUCLEO, "", "ST-LINK", flashing.errors)
        self.assertEqual(str(caught.exception), "Several ST-LINK probes are plugged in (0671FF, "
                         "002F00) and none is chosen: choose the board's serial port, or set "
                         "serial_number to one of them.")
        chosen = probes.choose(helpers.NUCLEO, "002f00", "ST-LINK", flashing.errors)
        self.assertEqual(chosen["path"], str(self.root / "1-4"))

    def test_serial_number_not_plugged(self):
        with self.assertRaises(ServerError) as caught:
            probes.choose(helpers.NUCLEO, "DEADBEEF", "ST-LINK", flashing.errors)
        self.assertIn("No ST-LINK probe with serial number DEADBEEF is plugged in (found: "
                      "0671FF)", str(caught.exception))

    def test_several_probes_stop_a_flash_before_any_tool_runs(self):
        helpers.fake_usb_device(self.root, "1-4", "0483", "374e", "002F00")
        with self.assertRaises(ServerError) as caught:
            flashing.flash(None, "nucleo-f446re", helpers.NUCLEO, {"flasher": "stflash"}, {})
        self.assertIn("Several ST-LINK probes", str(caught.exception))


if __name__ == "__main__":
    unittest.main()
