"""Outputs of successful flashes, written from the tools' documented strings (openocd 0.12's
`program`, st-flash 1.7's page counter, gdb-multiarch 13's MI download records); no hardware
was attached when they were written."""

OPENOCD_OK = """Open On-Chip Debugger 0.12.0
Licensed under GNU GPL v2
Info : auto-selecting first available session transport "hla_swd". To override use 'transport select <transport>'.
Info : clock speed 2000 kHz
Info : STLINK V2J40M27 (API v2) VID:PID 0483:374B
Info : Target voltage: 3.254240
Info : [stm32f4x.cpu] Cortex-M4 r0p1 processor detected
Info : [stm32f4x.cpu] target has 6 breakpoints, 4 watchpoints
Info : starting gdb server for stm32f4x.cpu on 3333
target halted due to debug-request, current mode: Thread
xPSR: 0x01000000 pc: 0x08000194 msp: 0x20020000
** Programming Started **
Info : device id = 0x10006421
Info : flash size = 512 KiB
** Programming Finished **
** Verify Started **
** Verified OK **
** Resetting Target **
shutdown command invoked
"""

OPENOCD_VERIFY_FAILED = """Open On-Chip Debugger 0.12.0
** Programming Started **
** Programming Finished **
** Verify Started **
Error: checksum mismatch - attempting binary compare
** Verify Failed **
shutdown command invoked
"""

OPENOCD_NO_TARGET = """Open On-Chip Debugger 0.12.0
Info : clock speed 2000 kHz
Info : STLINK V2J40M27 (API v2) VID:PID 0483:374B
Info : Target voltage: 0.005120
Error: target voltage may be too low for reliable debugging
Error: init mode failed (unable to connect to the target)
** OpenOCD init failed **
shutdown command invoked
"""

STFLASH_OK = (
    "st-flash 1.7.0\n"
    "2026-12-03T06:00:00 INFO common.c: F446: 128 KiB SRAM, 512 KiB flash in at least 128 KiB pages.\n"
    "file firmware.bin md5 checksum: 1e2f3a, stlink checksum: 0x004d3c2a\n"
    "2026-12-03T06:00:00 INFO common.c: Attempting to write 40960 (0xa000) bytes to stm32 address: 134217728 (0x8000000)\n"
    "\r  1/  4 pages written\r  2/  4 pages written\r  3/  4 pages written\r  4/  4 pages written\n"
    "2026-12-03T06:00:01 INFO common.c: Starting verification of write complete\n"
    "2026-12-03T06:00:01 INFO common.c: Flash written and verified! jolly good!\n"
)

GDB_MI_OK = r"""=thread-group-added,id="i1"
=cmd-param-changed,param="confirm",value="off"
~"0x00000000 in ?? ()\n"
*stopped,frame={addr="0x00000000",func="??",args=[],arch="armv7e-m"},thread-id="1",stopped-threads="all"
+download,{section=".text",section-size="20000",total-size="40000"}
+download,{section=".text",section-sent="10000",section-size="20000",total-sent="10000",total-size="40000"}
+download,{section=".text",section-sent="20000",section-size="20000",total-sent="20000",total-size="40000"}
+download,{section=".rodata",section-sent="20000",section-size="20000",total-sent="40000",total-size="40000"}
~"Section .text, range 0x8000000 -- 0x8004e20: matched.\n"
~"Section .rodata, range 0x8004e20 -- 0x8009c40: matched.\n"
~"[Inferior 1 (process 1) detached]\n"
"""
