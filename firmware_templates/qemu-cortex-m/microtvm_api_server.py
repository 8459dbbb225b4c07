#!/usr/bin/env python3
"""TinyDeploy template `qemu-cortex-m`: bare-metal Cortex-M firmware for Arm's MPS2 boards,
built with arm-none-eabi-gcc + newlib-nano and run on QEMU (qemu-system-arm), whose UART0 is
exposed as a pty: the device's "serial port".

Project API server: python3 microtvm_api_server.py --read-fd N --write-fd M
"""

import json
import pathlib
import shutil
import sys

_HERE = pathlib.Path(__file__).resolve().parent
# In a generated project the library sits beside this file; in the template, in ../common.
sys.path.insert(0, str(_HERE if (_HERE / "tdserver").is_dir() else _HERE.parent / "common"))

from tdserver import ServerError, device, main, options as opts, project_option  # noqa: E402
from tdserver.flashing import qemu as qemu_flasher, recipe as flash_recipe  # noqa: E402
from tdserver.template import (  # noqa: E402
    TemplateHandler,
    board_named,
    has_newlib_nano,
    overflow_sentence,
)

BOARDS = json.loads((_HERE / "boards.json").read_text(encoding="utf-8"))
DEFAULT_BOARD = "mps2-an385"
STACK_SIZE = 64 * 1024
HEAP_MIN_SIZE = 16 * 1024
# QEMU's virtual clock advances 2^5 = 32 ns per instruction: about one 25 MHz cycle per
# instruction, and the same count on every run.
QEMU_ICOUNT = "shift=5"


class QemuHandler(TemplateHandler):
    platform_name = "qemu-cortex-m"
    default_optimization = "Os"
    compiler = "arm-none-eabi-gcc"
    compiler_package = "gcc-arm-none-eabi"
    flash_tools = ("qemu-system-arm",)
    supports_host_driven = True

    def extra_options(self):
        settings = {} if self.is_template else self.project_settings()
        return [
            project_option(
                "board",
                "str",
                "The emulated board: mps2-an385 (Cortex-M3), mps2-an386 (Cortex-M4F), "
                "mps2-an500 (Cortex-M7).",
                default=settings.get("board", DEFAULT_BOARD),
                choices=sorted(BOARDS),
                optional=["generate_project"],
            )
        ]

    def environment_problems(self, for_flash=False):
        problems = []
        if shutil.which("arm-none-eabi-gcc") is None:
            problems.append("arm-none-eabi-gcc not found: install gcc-arm-none-eabi")
        elif not has_newlib_nano():
            problems.append("newlib-nano not found: install libnewlib-arm-none-eabi")
        if shutil.which("make") is None:
            problems.append("make not found: install make")
        if for_flash and shutil.which("qemu-system-arm") is None:
            problems.append("qemu-system-arm not found: install qemu-system-arm")
        return problems

    def _board(self, name):
        return board_named(BOARDS, name)

    def generate_settings(self, options):
        board = opts.get_str(options, "board", DEFAULT_BOARD, sorted(BOARDS))
        return {"board": board}

    def copy_host_driven_files(self, project_dir, settings):
        self.copy_platform_files(project_dir, settings)
        shutil.copy2(_HERE / "hostdriven" / "td_hostdriven_mps2.c", project_dir / "hostdriven")

    def host_driven_problems(self):
        if shutil.which("arm-none-eabi-g++") is None or not any(
            pathlib.Path(root, "include", "c++").is_dir()
            for root in ("/usr/lib/arm-none-eabi", "/usr/arm-none-eabi")
        ):
            return ["arm-none-eabi's C++ library not found: install libstdc++-arm-none-eabi-newlib"]
        return []

    def copy_platform_files(self, project_dir, settings):
        board = self._board(settings["board"])
        shutil.copytree(_HERE / "board", project_dir / "board")
        flash = board["memory"]["flash"]
        ram = board["memory"]["ram"]
        (project_dir / "board" / "memory.ld").write_text(
            f"/* Generated from boards.json for {settings['board']}. */\n"
            "MEMORY\n{\n"
            f"    FLASH (rx) : ORIGIN = {flash['origin']:#010x}, LENGTH = {flash['size_bytes']}\n"
            f"    RAM (rwx) : ORIGIN = {ram['origin']:#010x}, LENGTH = {ram['size_bytes']}\n"
            "}\n"
            f"__stack_size__ = {STACK_SIZE};\n"
            f"__heap_min_size__ = {HEAP_MIN_SIZE};\n",
            encoding="utf-8",
        )

    def make_variables(self, settings):
        board = self._board(settings["board"])
        return {
            "BOARD": settings["board"],
            "CPU_FLAGS": " ".join(board["gcc_flags"]),
            "CPU_HZ": str(board["cpu_clock_hz"]),
            "BAUD_RATE": str(board["default_baud_rate"]),
        }

    def describe_failure(self, output_tail, settings):
        name = settings.get("board", DEFAULT_BOARD)
        return overflow_sentence(output_tail, name, self._board(name))

    def _flashing_board(self, name):
        """The board as the flashing layer's qemu flasher reads it (flashing/qemu.py): the one
        place that knows how QEMU starts, for a flash and for a deployment package's recipe."""
        board = dict(self._board(name))
        board["flash"] = {"methods": ["qemu"]}
        board["qemu"] = {"machine": board["qemu_machine"], "serial_index": 0, "icount": QEMU_ICOUNT}
        return board

    def flash_recipe(self, settings):
        name = settings["board"]
        return flash_recipe.make(
            self.platform_name,
            name,
            self._flashing_board(name),
            {"elf": self.server_dir / "build" / "firmware.elf"},
            self.server_dir,
            self.project_type(),
        )

    def start_device(self, settings):
        firmware = self.server_dir / "build" / "firmware.elf"
        if not firmware.is_file():
            raise ServerError("The project is not built yet: run build first.")
        argv = qemu_flasher.argv_for(self._flashing_board(settings["board"]), firmware)
        return device.start_device(self.server_dir, argv, port_regex=qemu_flasher.PORT_REGEX)


if __name__ == "__main__":
    main(QemuHandler(_HERE))
