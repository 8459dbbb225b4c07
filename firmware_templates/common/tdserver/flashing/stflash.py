"""Flashing with st-flash (stlink-tools): `--serial SN`, `--reset write fw.bin ADDRESS`; its
`N/M pages written` lines become percentages. st-flash always verifies what it wrote."""

from .job import require_tool
from .progress import stflash_percent

SUCCESS = "Flash written and verified"


def argv_for(job, firmware):
    argv = [require_tool("st-flash")]
    if job.serial_number:
        argv += ["--serial", job.serial_number]
    address = job.settings.get("address", "0x08000000")
    return argv + ["--reset", "write", str(firmware), address]


def flash(job):
    firmware = job.artifact("bin")
    argv = argv_for(job, firmware)
    job.progress.stage("Connecting to the ST-LINK", 2)

    def on_line(line):
        job.progress.percent(stflash_percent(line))
        return line

    status, lines = job.run(argv, on_line)
    # st-flash 1.7 exits 255 for most failures; success is also stated in words.
    if status != 0 or not any(SUCCESS in line for line in lines):
        raise job.fail("st-flash", argv, status, lines)
    return {"firmware": firmware, "verified": True}
