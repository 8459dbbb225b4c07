"""The progress parsers and failure sentences on recorded outputs of successful and failed
flashes (recorded.py)."""

import io
import unittest

import helpers  # noqa: F401  (puts the template library on sys.path)
import recorded
from tdserver.flashing import errors, gdbmi, progress


class ProgressParsers(unittest.TestCase):
    def test_openocd_stages_in_order(self):
        stages = [progress.openocd_stage(line) for line in recorded.OPENOCD_OK.splitlines()]
        stages = [s for s in stages if s]
        self.assertEqual(
            [name for name, _ in stages],
            ["Programming started", "Programming finished", "Verify started", "Verified",
             "Resetting the target"],
        )
        percents = [p for _, p in stages]
        self.assertEqual(percents, sorted(percents))

    def test_stflash_pages(self):
        lines = recorded.STFLASH_OK.replace("\r", "\n").splitlines()
        percents = [p for p in map(progress.stflash_percent, lines) if p is not None]
        self.assertEqual(percents, [25, 45, 65, 85, 88, 95])

    def test_stflash_bytes_and_nonsense(self):
        self.assertEqual(progress.stflash_percent("8192/16384 bytes written"), 45)
        self.assertIsNone(progress.stflash_percent("5/4 pages written"))
        self.assertIsNone(progress.stflash_percent("Info: 50% of nothing"))

    def test_gdb_download_records(self):
        lines = recorded.GDB_MI_OK.splitlines()
        records = [r for r in map(progress.gdb_download, lines) if r]
        self.assertEqual(records[0], (0, 40000))
        self.assertEqual(records[-1], (40000, 40000))

    def test_progress_lines_carry_one_rising_percentage(self):
        out = io.StringIO()
        bar = progress.Progress(out)
        bar.stage("Connecting", 5)
        for sent in (0, 10000, 10000, 20000, 40000):
            bar.bytes(sent, 40000, low=10, high=80)
        bar.stage("Verified", 90)
        bar.stage("Late", 50)  # never backwards
        lines = out.getvalue().splitlines()
        self.assertEqual(lines[0], "Connecting (5%)")
        self.assertEqual(lines[1], "Flashing: 10% (0.0 KiB of 39.1 KiB)")
        self.assertIn("Flashing: 80% (39.1 KiB of 39.1 KiB)", lines)
        self.assertEqual(lines[-1], "Late (90%)")
        self.assertEqual(len(lines), 7)


class MiTranscript(unittest.TestCase):
    def test_streams_are_decoded(self):
        transcript = gdbmi.Transcript()
        shown = [transcript.feed(line) for line in recorded.GDB_MI_OK.splitlines()]
        self.assertIn("Section .text, range 0x8000000 -- 0x8004e20: matched.", shown)
        self.assertIn("[Inferior 1 (process 1) detached]", transcript.all_lines())
        self.assertEqual(gdbmi.stream(r'@"unknown command: \'reset\'\r\n"'),
                         ("target", "unknown command: 'reset'\r\n"))
        self.assertEqual(gdbmi.stream(r'~"tab\there \"q\" \101"'), ("console", 'tab\there "q" A'))


class FailureSentences(unittest.TestCase):
    CASES = [
        ("Error: open failed\nin procedure 'program'\n** OpenOCD init failed **", errors.NO_PROBE),
        ("2026-12-03T06:13:46 WARN usb.c: Couldn't find any ST-Link devices", errors.NO_PROBE),
        ("Error: unable to find a matching CMSIS-DAP device", errors.NO_PROBE),
        ("Error: libusb_open() failed with LIBUSB_ERROR_ACCESS", errors.NO_ACCESS),
        (recorded.OPENOCD_NO_TARGET, errors.NOT_ANSWERING),
        ("Failed to enter SWD mode", errors.NOT_ANSWERING),
        (recorded.OPENOCD_VERIFY_FAILED, errors.VERIFY_FAILED),
        ("** Programming Failed **", errors.WRITE_FAILED),
        ("all fine", None),
    ]

    def test_classify(self):
        for text, kind in self.CASES:
            with self.subTest(text=text[:40]):
                self.assertEqual(errors.classify(text.splitlines()), kind)

    def test_sentences_name_the_next_step(self):
        self.assertEqual(
            errors.sentence(errors.NO_PROBE, "ST-LINK"),
            "No ST-LINK probe was found: plug the USB cable marked ST-LINK; check the udev "
            "rules (openocd's 60-openocd.rules).",
        )
        self.assertIn("is the board powered? is BOOT0 low?",
                      errors.sentence(errors.NOT_ANSWERING, "ST-LINK"))
        self.assertIn("serial number 0671FF", errors.sentence(errors.NO_PROBE, "ST-LINK", "0671FF"))
        self.assertEqual(
            errors.sentence(errors.NO_PROBE, "DAPLink", cable="the micro:bit's USB cable"),
            "No DAPLink probe was found: plug the micro:bit's USB cable; check the udev rules "
            "(openocd's 60-openocd.rules).")
        for kind in (errors.NO_ACCESS, errors.VERIFY_FAILED, errors.WRITE_FAILED, None):
            text = errors.sentence(kind, "ST-LINK", tool="openocd")
            self.assertTrue(text.endswith("."), text)
            self.assertIn(":", text)

    def test_details_keep_the_tail(self):
        error = errors.tool_failure("openocd", ["openocd", "-f", "x"], 1,
                                    [f"line {i}" for i in range(100)], "ST-LINK")
        self.assertIn("Command: openocd -f x (exit status 1)", error.details)
        self.assertIn("line 99", error.details)
        self.assertNotIn("line 10\n", error.details)
        timeout = errors.tool_failure("openocd", ["openocd"], None, [], "ST-LINK")
        self.assertIn("did not finish in time", str(timeout))


if __name__ == "__main__":
    unittest.main()
