"""The running device of a generated project (host runner or QEMU) and its serial transport.

A device outlives the server that started it: TinyDeploy starts a fresh server per step and,
after flash, talks to the serial port directly. So the device is tied to the project, not to a
server: it runs under a small supervisor (supervise.py) that records it in run/device.json and
stops it when a new flash replaces it, when `python3 -m tdserver stop` (or stop_device()) asks,
when the project folder disappears, or when no other process has had its serial port open for
the idle time (TINYDEPLOY_DEVICE_IDLE_SEC, default 900 s).
"""

import json
import logging
import os
import pathlib
import select
import signal
import subprocess
import sys
import termios
import time
import tty

from .server import IoTimeoutError, ServerError, TransportClosedError

_LOG = logging.getLogger("tdserver.device")

STATE_FILE = "run/device.json"
LOG_FILE = "run/device.log"
DEFAULT_IDLE_SEC = 900


def _state_path(project_dir):
    return pathlib.Path(project_dir) / STATE_FILE


def read_state(project_dir):
    try:
        return json.loads(_state_path(project_dir).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _is_our_supervisor(pid):
    try:
        cmdline = pathlib.Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False
    return b"supervise.py" in cmdline


def running_state(project_dir):
    """The state of the project's device if its supervisor is alive, else None."""
    state = read_state(project_dir)
    if not state or not _is_our_supervisor(state.get("supervisor_pid", -1)):
        return None
    return state


def stop_device(project_dir, grace_sec=3.0):
    """Stops the project's device (if any). Returns True if something was running."""
    state = read_state(project_dir)
    path = _state_path(project_dir)
    if not state:
        return False
    pid = state.get("supervisor_pid", -1)
    stopped = False
    if _is_our_supervisor(pid):
        stopped = True
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        deadline = time.monotonic() + grace_sec
        while time.monotonic() < deadline and _is_our_supervisor(pid):
            time.sleep(0.05)
        if _is_our_supervisor(pid):
            try:
                os.killpg(pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
    try:
        path.unlink()
    except FileNotFoundError:
        pass
    return stopped


def start_device(project_dir, argv, port_file=None, port_regex=None, timeout_sec=10.0, idle_sec=None):
    """Starts argv under the supervisor, detached, and returns the device's serial port path.

    The serial port comes from port_file (a file the program writes its pty path into) or from
    port_regex (a regular expression with one group matched against the program's output).
    """
    project_dir = pathlib.Path(project_dir).resolve()
    stop_device(project_dir)
    run_dir = project_dir / "run"
    run_dir.mkdir(exist_ok=True)
    if port_file:
        try:
            os.unlink(port_file)
        except FileNotFoundError:
            pass
    if idle_sec is None:
        idle_sec = float(os.environ.get("TINYDEPLOY_DEVICE_IDLE_SEC", DEFAULT_IDLE_SEC))
    supervisor = pathlib.Path(__file__).resolve().parent / "supervise.py"
    command = [
        sys.executable,
        str(supervisor),
        "--project",
        str(project_dir),
        "--state",
        str(project_dir / STATE_FILE),
        "--idle-sec",
        str(idle_sec),
    ]
    if port_file:
        command += ["--port-file", str(port_file)]
    if port_regex:
        command += ["--port-regex", port_regex]
    command += ["--", *[str(a) for a in argv]]
    log_path = project_dir / LOG_FILE
    _LOG.info("starting %s", " ".join(command[command.index("--") + 1 :]))
    with open(log_path, "ab") as log:
        process = subprocess.Popen(
            command,
            cwd=str(project_dir),
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=log,
            start_new_session=True,
            close_fds=True,
        )
    deadline = time.monotonic() + timeout_sec
    while time.monotonic() < deadline:
        state = read_state(project_dir)
        if state and state.get("supervisor_pid") == process.pid and state.get("serial_port"):
            # The supervisor is not our child for long: let it be reaped by init when we exit.
            return state["serial_port"]
        if process.poll() is not None:
            break
        time.sleep(0.05)
    tail = _tail(log_path)
    stop_device(project_dir)
    if process.poll() is None:
        process.kill()
    process.wait()
    raise ServerError(
        f"The device did not start (no serial port after {timeout_sec:g} s): see the log.",
        f"Command: {' '.join(str(a) for a in argv)}\nLast lines of {log_path}:\n{tail}",
    )


def _tail(path, lines=30):
    try:
        text = pathlib.Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    return "\n".join(text.splitlines()[-lines:])


class SerialTransport:
    """A pty or serial device opened in raw mode, with select-based timeouts."""

    def __init__(self):
        self._fd = None

    @property
    def is_open(self):
        return self._fd is not None

    def open(self, path):
        self.close()
        try:
            fd = os.open(path, os.O_RDWR | os.O_NOCTTY | os.O_NONBLOCK)
        except OSError as error:
            raise ServerError(f"The serial port {path} cannot be opened.", str(error)) from error
        try:
            tty.setraw(fd, termios.TCSANOW)
            termios.tcflush(fd, termios.TCIFLUSH)
        except termios.error:
            pass  # not a terminal (e.g. a FIFO in tests): raw mode does not apply
        self._fd = fd

    def close(self):
        if self._fd is not None:
            try:
                os.close(self._fd)
            finally:
                self._fd = None

    def read(self, n, timeout_sec):
        if self._fd is None:
            raise TransportClosedError("the transport is not open")
        if not isinstance(n, int) or isinstance(n, bool) or n <= 0:
            raise ServerError(f"read_transport: n must be a positive integer, not {n!r}.")
        readable, _, _ = select.select([self._fd], [], [], timeout_sec)
        if not readable:
            raise IoTimeoutError(f"no data within {timeout_sec} s")
        try:
            data = os.read(self._fd, n)
        except BlockingIOError:
            raise IoTimeoutError("no data") from None
        except OSError as error:
            self.close()
            raise TransportClosedError(f"the device went away: {error}") from error
        if not data:
            self.close()
            raise TransportClosedError("the device went away (end of file)")
        return data

    def write(self, data, timeout_sec):
        if self._fd is None:
            raise TransportClosedError("the transport is not open")
        deadline = None if timeout_sec is None else time.monotonic() + timeout_sec
        view = memoryview(data)
        while view:
            remaining = None if deadline is None else max(0.0, deadline - time.monotonic())
            _, writable, _ = select.select([], [self._fd], [], remaining)
            if not writable:
                raise IoTimeoutError(f"{len(view)} bytes not written within {timeout_sec} s")
            try:
                written = os.write(self._fd, view)
            except BlockingIOError:
                continue
            except OSError as error:
                self.close()
                raise TransportClosedError(f"the device went away: {error}") from error
            view = view[written:]
