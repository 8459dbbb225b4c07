#!/usr/bin/env python3
"""TinyDeploy template `stm32`: bare-metal firmware for STM32 Nucleo and Discovery boards
(F4, F7, L4) and QEMU's netduinoplus2 (an emulated STM32F405), built with arm-none-eabi-gcc +
newlib-nano from our own register-level code. Serial goes over the ST-LINK's virtual COM port
(on QEMU: USART2, the second -serial, as a pty). Flashing goes through the shared flashing
layer (tdserver.flashing): openocd, st-flash, any GDB server, or QEMU.

Project API server: python3 microtvm_api_server.py --read-fd N --write-fd M
"""

import json
import pathlib
import shutil
import sys

_HERE = pathlib.Path(__file__).resolve().parent
# In a generated project the library sits beside this file; in the template, in ../common.
sys.path.insert(0, str(_HERE if (_HERE / "tdserver").is_dir() else _HERE.parent / "common"))

from tdserver import ServerError, TransportTimeouts, device, flashing, main, project_option  # noqa: E402,E501
from tdserver import options as opts  # noqa: E402
from tdserver.template import (  # noqa: E402
    TemplateHandler,
    board_named,
    overflow_sentence,
)

BOARDS = json.loads((_HERE / "boards.json").read_text(encoding="utf-8"))
DEFAULT_BOARD = "nucleo-f446re"
STACK_SIZE = 16 * 1024
HEAP_MIN_SIZE = 4 * 1024
FAMILIES = ("F4", "F7", "L4")
APB_DIVIDERS = (1, 2, 4, 8, 16)


def board_config_h(name, board):
    """board/board_config.h: the board's chip family, clock tree and VCP USART as macros."""
    clock, vcp = board["clock"], board["vcp"]
    if board["family"] not in FAMILIES:
        raise ServerError(f"boards.json: {name}.family must be one of {', '.join(FAMILIES)}.")
    for key in ("apb1_div", "apb2_div"):
        if clock[key] not in APB_DIVIDERS:
            raise ServerError(f"boards.json: {name}.clock.{key} must be 1, 2, 4, 8 or 16.")

    def pin(text):
        port, number = text[1].upper(), int(text[2:])
        return ord(port) - ord("A"), number

    tx_port, tx_pin = pin(vcp["tx"])
    rx_port, rx_pin = pin(vcp["rx"])
    vos = clock.get("pwr_vos")
    lines = [
        f"/* Generated from boards.json for {name} ({board.get('chip', '')}). */",
        "#ifndef BOARD_CONFIG_H",
        "#define BOARD_CONFIG_H",
        f"#define TD_STM32_{board['family']} 1",
        f"#define TD_BOARD_EMULATED {1 if board.get('emulated') else 0}",
        f"/* VCP: {vcp['usart']}, TX {vcp['tx']}, RX {vcp['rx']}, AF{vcp['af']}, on {vcp['bus']} */",
        f"#define TD_USART_BASE {vcp['base']}u",
        f"#define TD_USART_IRQ {int(vcp['irq'])}u",
        f"#define TD_USART_APB {2 if vcp['bus'].upper() == 'APB2' else 1}",
        f"#define TD_USART_ENR_BIT {int(vcp['enable_bit'])}u",
        f"#define TD_TX_PORT {tx_port}u",
        f"#define TD_TX_PIN {tx_pin}u",
        f"#define TD_TX_AF {int(vcp['af'])}u",
        f"#define TD_RX_PORT {rx_port}u",
        f"#define TD_RX_PIN {rx_pin}u",
        f"#define TD_RX_AF {int(vcp['af'])}u",
        f"/* Clock: {clock['reset_source']} at reset; PLL from {clock['pll_source']} */",
        f"#define TD_RESET_HZ {int(clock['reset_hz'])}u",
        f"#define TD_PLL_HZ {int(clock.get('pll_hz') or 0)}u",
        f"#define TD_PLLCFGR {clock['pllcfgr']}u",
        f"#define TD_FLASH_ACR {clock['flash_acr']}u",
        f"#define TD_APB1_DIV {int(clock['apb1_div'])}u",
        f"#define TD_APB2_DIV {int(clock['apb2_div'])}u",
        f"#define TD_PWR_VOS {-1 if vos is None else int(vos)}",
        f"#define TD_EMULATED_SYSTICK_HZ {int(clock.get('emulated_systick_hz') or 0)}u",
        "#endif",
    ]
    return "\n".join(lines) + "\n"


class Stm32Handler(TemplateHandler):
    platform_name = "stm32"
    default_optimization = "Os"
    compiler = "arm-none-eabi-gcc"
    compiler_package = "gcc-arm-none-eabi"

    def _settings(self):
        return {} if self.is_template else self.project_settings()

    def extra_options(self):
        settings = self._settings()
        return [
            project_option(
                "board",
                "str",
                "The board: " + ", ".join(sorted(BOARDS)) + " (qemu-netduinoplus2 is "
                "emulated by QEMU).",
                default=settings.get("board", DEFAULT_BOARD),
                choices=sorted(BOARDS),
                optional=["generate_project"],
            )
        ] + flashing.project_options(BOARDS)

    def environment_problems(self, for_flash=False):
        problems = []
        if shutil.which("arm-none-eabi-gcc") is None:
            problems.append("arm-none-eabi-gcc not found: install gcc-arm-none-eabi")
        elif not any(pathlib.Path("/usr/lib/arm-none-eabi").rglob("nano.specs")):
            problems.append("newlib-nano not found: install libnewlib-arm-none-eabi")
        if shutil.which("make") is None:
            problems.append("make not found: install make")
        return problems

    def _board(self, name):
        return board_named(BOARDS, name)

    def generate_settings(self, options):
        name = opts.get_str(options, "board", DEFAULT_BOARD)
        self._board(name)
        return {"board": name}

    def copy_platform_files(self, project_dir, settings):
        name = settings["board"]
        board = self._board(name)
        shutil.copytree(_HERE / "board", project_dir / "board")
        flash = board["memory"]["flash"]
        ram = board["memory"]["ram"]
        (project_dir / "board" / "memory.ld").write_text(
            f"/* Generated from boards.json for {name}. */\n"
            "MEMORY\n{\n"
            f"    FLASH (rx) : ORIGIN = {flash['origin']:#010x}, LENGTH = {flash['size_bytes']}\n"
            f"    RAM (rwx) : ORIGIN = {ram['origin']:#010x}, LENGTH = {ram['size_bytes']}\n"
            "}\n"
            f"__stack_size__ = {STACK_SIZE};\n"
            f"__heap_min_size__ = {HEAP_MIN_SIZE};\n",
            encoding="utf-8",
        )
        (project_dir / "board" / "board_config.h").write_text(
            board_config_h(name, board), encoding="utf-8"
        )

    def make_variables(self, settings):
        board = self._board(settings["board"])
        return {
            "BOARD": settings["board"],
            "CPU_FLAGS": " ".join(board["gcc_flags"]),
            "BAUD_RATE": str(board["default_baud_rate"]),
        }

    def describe_failure(self, output_tail, settings):
        name = settings.get("board", DEFAULT_BOARD)
        return overflow_sentence(output_tail, name, self._board(name))

    def flash_recipe(self, settings):
        name = settings.get("board", DEFAULT_BOARD)
        build = self.server_dir / "build"
        return flashing.recipe.make(
            self.platform_name,
            name,
            self._board(name),
            {kind: build / f"firmware.{kind}" for kind in ("elf", "bin", "hex")},
            self.server_dir,
        )

    def _artifacts(self):
        build = self.server_dir / "build"
        artifacts = {kind: build / f"firmware.{kind}" for kind in ("elf", "bin", "hex")}
        if not artifacts["elf"].is_file():
            raise ServerError("The project is not built yet: run build first.")
        return artifacts

    def flash(self, options):
        self._require_project("flash")
        settings = self.project_settings()
        name = settings.get("board", DEFAULT_BOARD)
        board = self._board(name)
        self.transport.close()
        artifacts = self._artifacts()
        if not board.get("emulated"):
            # A device left from an earlier flash to QEMU must not outlive this one.
            device.stop_device(self.server_dir)
        result = flashing.flash(self, name, board, options, artifacts)
        if result.get("serial_port"):
            state = self.server_dir / "run" / "flashed.json"
            state.parent.mkdir(exist_ok=True)
            state.write_text(json.dumps({"serial_port": result["serial_port"]}) + "\n")
        return result

    def open_transport(self, options):
        self._require_project("open_transport")
        state = device.running_state(self.server_dir)
        port = state.get("serial_port") if state else None
        if not port:
            try:
                saved = json.loads((self.server_dir / "run" / "flashed.json").read_text())
                port = saved.get("serial_port")
            except (OSError, ValueError):
                port = None
        if not port and self._board(self.project_settings().get("board", DEFAULT_BOARD)).get(
            "emulated"
        ):
            port = self.flash(options)["serial_port"]
        if not port:
            raise ServerError(
                "The board's serial port is not known: plug the board in and flash it, or give "
                "its port (for example /dev/ttyACM0)."
            )
        self.transport.open(port)
        self._begin_transport_session()
        return TransportTimeouts(
            session_start_retry_timeout_sec=2.0,
            session_start_timeout_sec=10.0,
            session_established_timeout_sec=10.0,
        )


if __name__ == "__main__":
    main(Stm32Handler(_HERE))
