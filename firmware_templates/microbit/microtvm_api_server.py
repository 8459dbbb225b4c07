#!/usr/bin/env python3
"""TinyDeploy template `microbit`: bare-metal firmware for the BBC micro:bit v1 (nRF51822,
Cortex-M0, 16 KiB RAM) and v2 (nRF52833, Cortex-M4F), built with arm-none-eabi-gcc +
newlib-nano, flashed through the board's DAPLink (its MICROBIT USB drive, openocd, or any GDB
server) and reached over the DAPLink's USB serial port; and `qemu-microbit`, QEMU's emulation of
the v1 chip running the same firmware, whose UART0 is a pty.

Project API server: python3 microtvm_api_server.py --read-fd N --write-fd M
"""

import json
import os
import pathlib
import shutil
import sys
import termios

_HERE = pathlib.Path(__file__).resolve().parent
# In a generated project the library sits beside this file; in the template, in ../common.
sys.path.insert(0, str(_HERE if (_HERE / "tdserver").is_dir() else _HERE.parent / "common"))

from tdserver import (  # noqa: E402
    ServerError,
    TransportTimeouts,
    flashing,
    main,
    options as opts,
    project_option,
)
from tdserver.flashing import probes  # noqa: E402
from tdserver.template import (  # noqa: E402
    TemplateHandler,
    board_named,
    has_newlib_nano,
    overflow_sentence,
)

BOARDS = json.loads((_HERE / "boards.json").read_text(encoding="utf-8"))
DEFAULT_BOARD = "microbit-v2"
# Debian 12 packages of the flashing tools.
PACKAGES = {"qemu-system-arm": "qemu-system-arm", "openocd": "openocd", "gdb-multiarch": "gdb-multiarch"}


class MicrobitHandler(TemplateHandler):
    platform_name = "microbit"
    default_optimization = "Os"
    compiler = "arm-none-eabi-gcc"
    compiler_package = "gcc-arm-none-eabi"
    build_tools = ("make",)

    # -- options and environment ---------------------------------------------------------------

    def _chosen_board(self, options=None):
        settings = {} if self.is_template else self.project_settings()
        name = settings.get("board") or opts.get_str(options or {}, "board", DEFAULT_BOARD)
        return name if name in BOARDS else DEFAULT_BOARD

    def extra_options(self):
        settings = {} if self.is_template else self.project_settings()
        options = [
            project_option(
                "board",
                "str",
                "The board: microbit-v1 (nRF51822, Cortex-M0, 16 KiB RAM), microbit-v2 "
                "(nRF52833, Cortex-M4F, 128 KiB RAM), qemu-microbit (the v1 chip on QEMU).",
                default=settings.get("board", DEFAULT_BOARD),
                choices=sorted(BOARDS),
                optional=["generate_project"],
            )
        ]
        return options + flashing.project_options(BOARDS)

    def _flasher(self, options, board):
        methods = board["flash"]["methods"]
        return opts.get_str(options or {}, "flasher", methods[0], methods)

    def environment_problems(self, for_flash=False, options=None):
        problems = []
        if shutil.which("arm-none-eabi-gcc") is None:
            problems.append("arm-none-eabi-gcc not found: install gcc-arm-none-eabi")
        elif not has_newlib_nano():
            problems.append("newlib-nano not found: install libnewlib-arm-none-eabi")
        if shutil.which("arm-none-eabi-objcopy") is None and shutil.which("arm-none-eabi-gcc"):
            problems.append("arm-none-eabi-objcopy not found: install binutils-arm-none-eabi")
        if shutil.which("make") is None:
            problems.append("make not found: install make")
        if for_flash:
            board = BOARDS[self._chosen_board(options)]
            try:
                flasher = self._flasher(options, board)
            except ServerError:
                flasher = board["flash"]["methods"][0]
            for tool in flashing.TOOLS.get(flasher, ()):
                if shutil.which(tool) is None:
                    problems.append(f"{tool} not found: install {PACKAGES.get(tool, tool)}")
        return problems

    def _board(self, name):
        return board_named(BOARDS, name)

    # -- generate and build --------------------------------------------------------------------

    def generate_settings(self, options):
        board = opts.get_str(options, "board", DEFAULT_BOARD, sorted(BOARDS))
        return {"board": board}

    def copy_platform_files(self, project_dir, settings):
        board = self._board(settings["board"])
        shutil.copytree(_HERE / "board", project_dir / "board")
        flash = board["memory"]["flash"]
        ram = board["memory"]["ram"]
        firmware = board["firmware"]
        (project_dir / "board" / "memory.ld").write_text(
            f"/* Generated from boards.json for {settings['board']}. */\n"
            "MEMORY\n{\n"
            f"    FLASH (rx) : ORIGIN = {flash['origin']:#010x}, LENGTH = {flash['size_bytes']}\n"
            f"    RAM (rwx) : ORIGIN = {ram['origin']:#010x}, LENGTH = {ram['size_bytes']}\n"
            "}\n"
            f"__stack_size__ = {firmware['stack_bytes']};\n"
            f"__heap_min_size__ = {firmware['heap_bytes']};\n",
            encoding="utf-8",
        )

    def make_variables(self, settings):
        board = self._board(settings["board"])
        firmware = board["firmware"]
        return {
            "BOARD": settings["board"],
            "CPU_FLAGS": " ".join(board["gcc_flags"]),
            "CPU_HZ": str(board["cpu_clock_hz"]),
            "BAUD_RATE": str(board["default_baud_rate"]),
            "CHIP_DEFINES": "-DTD_NRF52=1" if board["chip"].startswith("nrf52") else "-DTD_NRF51=1",
            "MAX_PAYLOAD": str(firmware["max_payload"]),
            "RX_RING_BYTES": str(firmware["rx_ring_bytes"]),
            "EMULATED": "1" if board["emulated"] else "0",
        }

    def describe_failure(self, output_tail, settings):
        name = settings.get("board", DEFAULT_BOARD)
        return overflow_sentence(output_tail, name, self._board(name))

    # -- flash ---------------------------------------------------------------------------------

    def flash_recipe(self, settings):
        name = settings.get("board", DEFAULT_BOARD)
        build = self.server_dir / "build"
        return flashing.recipe.make(
            self.platform_name,
            name,
            self._board(name),
            {kind: build / f"firmware.{kind}" for kind in ("elf", "hex", "bin")},
            self.server_dir,
        )

    def _artifacts(self):
        build = self.server_dir / "build"
        artifacts = {kind: build / f"firmware.{kind}" for kind in ("elf", "hex", "bin")}
        if not artifacts["elf"].is_file():
            raise ServerError("The project is not built yet: run build first.")
        return artifacts

    def flash(self, options):
        self._require_project("flash")
        settings = self._settings_from(options, self.project_settings())
        name = settings["board"]
        board = self._board(name)
        problems = self.environment_problems(for_flash=True, options=options)
        if problems:
            raise ServerError(problems[0] + ".", "\n".join(problems))
        artifacts = self._artifacts()
        self.transport.close()
        return flashing.flash(self, name, board, options or {}, artifacts)

    def open_transport(self, options):
        """The emulated board's pty (QEMU is started if it is not running), or the DAPLink's
        USB serial port of a real board (the one with serial_number when several are plugged),
        set to the board's baud rate."""
        self._require_project("open_transport")
        name = self.project_settings().get("board", DEFAULT_BOARD)
        board = self._board(name)
        if board["emulated"]:
            return super().open_transport(options)
        serial_number = opts.get_str(options or {}, "serial_number", "") or ""
        plugged = probes.find(board)
        if serial_number:
            plugged = [p for p in plugged if p["serial"].lower() == serial_number.lower()]
        ports = [port for port in (probes.tty_of(p["path"]) for p in plugged) if port]
        if not ports:
            which = f" with serial number {serial_number}" if serial_number else ""
            raise ServerError(
                f"No {name}{which} is plugged in (no DAPLink serial port found): plug the "
                "board's USB cable and wait for its MICROBIT drive to appear."
            )
        if len(ports) > 1:
            raise ServerError(
                f"Several micro:bits are plugged in ({', '.join(ports)}): give the board's "
                "serial_number (its DETAILS.TXT Unique ID), or unplug the others."
            )
        _set_baud_rate(ports[0], board["default_baud_rate"])
        self.transport.open(ports[0])
        return TransportTimeouts(
            session_start_retry_timeout_sec=2.0,
            session_start_timeout_sec=10.0,
            session_established_timeout_sec=10.0,
        )


def _set_baud_rate(port, baud):
    """The DAPLink passes the line coding of its USB serial port on to the target's UART."""
    try:
        fd = os.open(port, os.O_RDWR | os.O_NOCTTY | os.O_NONBLOCK)
    except OSError as error:
        raise ServerError(
            f"The serial port {port} cannot be opened ({error.strerror}): check that you may "
            "use it (group dialout) and that no other program holds it.",
            str(error),
        ) from error
    try:
        attributes = termios.tcgetattr(fd)
        attributes[4] = attributes[5] = getattr(termios, f"B{baud}")
        termios.tcsetattr(fd, termios.TCSANOW, attributes)
    finally:
        os.close(fd)


if __name__ == "__main__":
    main(MicrobitHandler(_HERE))
