"""What the flashing tests share: a handler that runs tools like the templates' one, boards,
a tiny firmware for QEMU's netduinoplus2, a free TCP port, a fake sysfs tree."""

import io
import os
import pathlib
import shutil
import socket
import subprocess
import sys

SOURCE_DIR = pathlib.Path(__file__).resolve().parents[3]
sys.path.insert(0, str(SOURCE_DIR / "firmware_templates" / "common"))

from tdserver.template import TemplateHandler  # noqa: E402

STLINK_USB = [{"vid": "0x0483", "pid": "0x374b"}, {"vid": "0x0483", "pid": "0x374e"}]

NUCLEO = {
    "usb": STLINK_USB,
    "emulated": False,
    "memory": {"flash": {"name": "FLASH", "origin": 0x08000000, "size_bytes": 512 * 1024}},
    "flash": {
        "methods": ["openocd", "stflash", "gdb"],
        "probe": "ST-LINK",
        "openocd": {"files": ["interface/stlink.cfg", "target/stm32f4x.cfg"],
                    "transport": "hla_swd"},
        "stflash": {"address": "0x08000000"},
        "gdb": {"format": "elf"},
    },
}

MICROBIT = {
    "usb": [{"vid": "0x0d28", "pid": "0x0204"}],
    "memory": {"flash": {"name": "FLASH", "origin": 0, "size_bytes": 256 * 1024}},
    "flash": {
        "methods": ["drive", "openocd"],
        "probe": "DAPLink",
        "drive": {"markers": ["DETAILS.TXT"], "labels": ["MICROBIT"], "format": "hex"},
    },
}

# A vector table and an endless loop for the STM32F4's flash: enough to load and reset.
TINY_C = r"""
extern unsigned int _estack;
void Reset_Handler(void) { for (;;) {} }
__attribute__((section(".isr_vector"), used)) void (*const vectors[16])(void) = {
    (void (*)(void))&_estack, Reset_Handler };
"""
TINY_LD = """ENTRY(Reset_Handler)
MEMORY
{
  FLASH (rx) : ORIGIN = 0x08000000, LENGTH = 1024K
  RAM (rwx) : ORIGIN = 0x20000000, LENGTH = 128K
}
_estack = ORIGIN(RAM) + LENGTH(RAM);
SECTIONS { .isr_vector : { KEEP(*(.isr_vector)) } > FLASH .text : { *(.text*) } > FLASH }
"""


class Handler(TemplateHandler):
    """TemplateHandler's run_tool without its signal handlers or transport."""

    def __init__(self, server_dir):  # noqa: super().__init__ installs signal handlers
        self.server_dir = pathlib.Path(server_dir)
        self._tool = None
        self.log = io.StringIO()


def build_tiny_firmware(folder):
    """firmware.elf/.bin/.hex of TINY_C, or None without arm-none-eabi-gcc."""
    gcc = shutil.which("arm-none-eabi-gcc")
    if gcc is None:
        return None
    folder = pathlib.Path(folder)
    (folder / "tiny.c").write_text(TINY_C)
    (folder / "tiny.ld").write_text(TINY_LD)
    elf = folder / "firmware.elf"
    subprocess.run(
        [gcc, "-mcpu=cortex-m4", "-mthumb", "-Os", "-nostdlib", "-T", str(folder / "tiny.ld"),
         str(folder / "tiny.c"), "-o", str(elf)],
        check=True,
    )
    for kind, fmt in (("bin", "binary"), ("hex", "ihex")):
        subprocess.run(["arm-none-eabi-objcopy", "-O", fmt, str(elf),
                        str(folder / f"firmware.{kind}")], check=True)
    return {k: folder / f"firmware.{k}" for k in ("elf", "bin", "hex")}


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fake_usb_device(root, name, vid, pid, serial, tty=None):
    device = pathlib.Path(root) / name
    device.mkdir(parents=True)
    (device / "idVendor").write_text(vid + "\n")
    (device / "idProduct").write_text(pid + "\n")
    (device / "serial").write_text(serial + "\n")
    if tty:
        (device / f"{name}:1.2" / "tty" / tty).mkdir(parents=True)
    return device


class EnvPatch:
    def __init__(self, **values):
        self.values = values
        self.saved = {}

    def __enter__(self):
        for key, value in self.values.items():
            self.saved[key] = os.environ.get(key)
            os.environ[key] = value
        return self

    def __exit__(self, *exc):
        for key, value in self.saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
