#!/usr/bin/env python3
"""TinyDeploy template `microbit`: bare-metal firmware for the BBC micro:bit v1 (nRF51822,
Cortex-M0, 16 KiB RAM) and v2 (nRF52833, Cortex-M4F), built with arm-none-eabi-gcc +
newlib-nano, flashed through the board's DAPLink (its MICROBIT USB drive, openocd, or any GDB
server) and reached over the DAPLink's USB serial port; and `qemu-microbit`, QEMU's emulation of
the v1 chip running the same firmware, whose UART0 is a pty.

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
from tdserver.template import (  # noqa: E402
    TemplateHandler,
    human_bytes,
    parse_overflows,
)

try:  # the shared flashing layer (firmware_templates/common/tdserver/flashing/)
    from tdserver import flashing  # noqa: E402
except ImportError:  # an older library: only the emulated board can be "flashed"
    flashing = None

BOARDS = json.loads((_HERE / "boards.json").read_text(encoding="utf-8"))
DEFAULT_BOARD = "microbit-v2"


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
        if flashing is not None:
            options += flashing.project_options(BOARDS, dict(settings, board=self._chosen_board()))
        return options

    def _flasher(self, options, board):
        methods = board["flash"]["methods"]
        return opts.get_str(options or {}, "flasher", methods[0], methods)

    def environment_problems(self, for_flash=False, options=None):
        problems = []
        if shutil.which("arm-none-eabi-gcc") is None:
            problems.append("arm-none-eabi-gcc not found: install gcc-arm-none-eabi")
        elif not self._has_newlib_nano():
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
            tool = {
                "qemu": ("qemu-system-arm", "qemu-system-arm"),
                "openocd": ("openocd", "openocd"),
                "gdb": ("gdb-multiarch", "gdb-multiarch"),
            }.get(flasher)
            if tool and shutil.which(tool[0]) is None:
                problems.append(f"{tool[0]} not found: install {tool[1]}")
        return problems

    @staticmethod
    def _has_newlib_nano():
        for root in ("/usr/lib/arm-none-eabi", "/usr/arm-none-eabi"):
            if pathlib.Path(root, "newlib").exists() or pathlib.Path(root, "lib").exists():
                return any(pathlib.Path(root).rglob("nano.specs"))
        return True  # unknown layout: let the compiler decide

    def _board(self, name):
        if name not in BOARDS:
            raise ServerError(f"Unknown board {name!r}: choose one of {', '.join(sorted(BOARDS))}.")
        return BOARDS[name]

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
        overflows = parse_overflows(output_tail)
        if not overflows:
            return None
        name = settings.get("board", DEFAULT_BOARD)
        memory = self._board(name)["memory"]
        sizes = {region["name"]: region["size_bytes"] for region in memory.values()}
        region, excess = max(overflows.items(), key=lambda item: item[1])
        return (
            f"The model does not fit: {region} overflows by {human_bytes(excess)} on {name} "
            f"({human_bytes(sizes.get(region, 0))})."
        )

    # -- flash ---------------------------------------------------------------------------------

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
        if flashing is not None:
            return flashing.flash(self, name, board, options or {}, artifacts)
        if not board["emulated"]:
            raise ServerError(
                f"This copy of the template library cannot flash a real {name}: it has no "
                "tdserver/flashing package. Copy build/firmware.hex to the MICROBIT drive by "
                "hand, or update TinyDeploy."
            )
        port = self.start_device(settings)
        return {"serial_port": port, "tools": {}}

    def start_device(self, settings):
        """QEMU's microbit machine with the firmware (used when the flashing layer is absent,
        and by open_transport when no device runs)."""
        board = self._board(settings["board"])
        if not board["emulated"]:
            raise ServerError(
                f"{settings['board']} is a real board: flash it first, then open its serial port."
            )
        qemu = board["qemu"]
        serials = ["-serial", "null"] * qemu["serial_index"] + ["-serial", "pty"]
        argv = [
            shutil.which("qemu-system-arm") or "qemu-system-arm",
            "-M",
            qemu["machine"],
            "-nographic",
            *serials,
            "-monitor",
            "none",
            "-icount",
            qemu["icount"],
            "-kernel",
            str(self._artifacts()["elf"]),
        ]
        return device.start_device(
            self.server_dir, argv, port_regex=r"char device redirected to (/dev/pts/\d+)"
        )


if __name__ == "__main__":
    main(MicrobitHandler(_HERE))
