"""Hostile option values in our templates (firmware_templates/common/tdserver): a
compile_definitions value with spaces, quotes, $(...), backticks, # or a make function reaches
the compiler as one argument, exactly as given, and never runs anything in make or the shell;
a control character is refused with the option's name.

Run: python3 -m unittest discover -s tests/auto/template_server_py
"""

import pathlib
import shutil
import subprocess
import sys
import tempfile
import unittest

SOURCE_DIR = pathlib.Path(__file__).resolve().parents[3]
sys.path.insert(0, str(SOURCE_DIR / "firmware_templates" / "common"))

from tdserver import options, server  # noqa: E402

HOSTILE = [
    "-DPLAIN=1",
    "-DSPACES=a b  c",
    "-DQUOTES=\"double\" 'single'",
    "-DSUBST=$(touch {canary})",
    "-DBACKTICKS=`touch {canary}`",
    "-DMAKEFN=$(shell touch {canary})",
    "-DVAR=$HOME ${{HOME}} $$",
    "-DHASH=a#b",
    "-DSEMI=x; touch {canary}",
    "-DBACKSLASH=a\\b\\",
    "-DGLOB=*",
    "-DUNICODE=\u00e9\u4e2d",
]


@unittest.skipIf(shutil.which("make") is None, "make is not installed")
class MakeWord(unittest.TestCase):
    def test_round_trip_through_make_and_the_shell(self):
        with tempfile.TemporaryDirectory() as folder:
            canary = pathlib.Path(folder) / "canary"
            values = [v.format(canary=canary) for v in HOSTILE]
            makefile = pathlib.Path(folder) / "Makefile"
            # The same shape as our Makefile templates: a variable, then a recipe using it.
            makefile.write_text(
                "DEFINES = -DTD_X=1 " + " ".join(options.make_word(v) for v in values) + "\n"
                "all:\n\t@printf '%s\\n' $(DEFINES)\n",
                encoding="utf-8",
            )
            done = subprocess.run(["make", "-s", "-f", str(makefile)], cwd=folder,
                                  capture_output=True, check=False)
            self.assertEqual(done.returncode, 0, done.stderr.decode())
            lines = done.stdout.decode("utf-8").split("\n")[:-1]
            self.assertEqual(lines, ["-DTD_X=1"] + values)
            self.assertFalse(canary.exists(), "make or the shell ran part of an option value")


class ControlCharacters(unittest.TestCase):
    def test_refused_with_the_option_name(self):
        for value in ["a\x00b", "a\x1bb", "tab\there", "del\x7f"]:
            with self.assertRaises(server.ServerError) as caught:
                options.check_printable("compile_definitions", value)
            self.assertIn("compile_definitions", str(caught.exception))

    def test_printable_text_passes(self):
        self.assertEqual(options.check_printable("x", "-DA=\"b c\""), "-DA=\"b c\"")


if __name__ == "__main__":
    unittest.main()
