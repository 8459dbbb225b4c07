"""The running device of a generated project (host runner or QEMU) and its serial transport.

A device outlives the server that started it: TinyDeploy starts a fresh server per step and,
after flash, talks to the serial port directly. So the device is tied to the project, not to a
server: it runs under a small supervisor (supervise.py) that records it in run/device.json and
stops it when a new flash replaces it, when `python3 -m tdserver stop` (or stop_device()) asks,
when the project folder disappears, or when no other process has had its serial port open for
the idle time (TINYDEPLOY_DEVICE_IDLE_SEC, default 900 s).

A transport session ends the life of a device its own server started: when the server that
flashed (or started) the device opens the transport on it, the device belongs to that session
and is stopped at close_transport, or when that server exits; the supervisor also watches the
server (run/device.json "session_owner") and stops the device if the server dies without a word.
A device used only over its serial port (TinyDeploy's own client), or whose transport is opened
by a server that did not start it, is kept. See firmware_templates/README.md, "Device lifetime".
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

# Supervisor pids of the devices this process started (a server knows what it flashed).
_STARTED = set()


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


def _write_state(project_dir, state):
    path = _state_path(project_dir)
    temporary = path.with_name(f"{path.name}.tmp{os.getpid()}")
    temporary.write_text(json.dumps(state), encoding="utf-8")
    os.replace(temporary, path)


def process_start_time(pid):
    """The start time of process @p pid (clock ticks since boot, /proc/PID/stat field 22), so
    that a recorded pid is not mistaken for a later process that got the same number; None
    when there is no such process."""
    try:
        stat = pathlib.Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return None
    fields = stat[stat.rfind(")") + 2 :].split()
    return int(fields[19]) if len(fields) > 19 else None


def started_here(supervisor_pid):
    """True if this process started the device whose supervisor is @p supervisor_pid."""
    return supervisor_pid in _STARTED


def claim_for_session(project_dir, supervisor_pid):
    """Records this process as the owner of the device's transport session in run/device.json:
    the supervisor stops the device once this process is gone. False if the device changed."""
    state = running_state(project_dir)
    if not state or state.get("supervisor_pid") != supervisor_pid:
        return False
    state["session_owner"] = {"pid": os.getpid(), "start_time": process_start_time(os.getpid())}
    _write_state(project_dir, state)
    return True


def stop_device(project_dir, grace_sec=3.0, supervisor_pid=None):
    """Stops the project's device (if any); with @p supervisor_pid only that device, not one
    that replaced it since. Returns True if something was running."""
    state = read_state(project_dir)
    path = _state_path(project_dir)
    if not state:
        return False
    pid = state.get("supervisor_pid", -1)
    if supervisor_pid is not None and pid != supervisor_pid:
        return False
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
        # A port the program announces on its output is QEMU's pty: held open from the start
        # (see supervise.py, --hold-port), or a client would wait up to a second to be heard.
        command += ["--port-regex", port_regex, "--hold-port"]
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
    _STARTED.add(process.pid)
    deadline = time.monotonic() + timeout_sec
    try:
        while time.monotonic() < deadline:
            state = read_state(project_dir)
            if state and state.get("supervisor_pid") == process.pid and state.get("serial_port"):
                # The supervisor is not our child for long: let it be reaped by init when we
                # exit.
                return state["serial_port"]
            if process.poll() is not None:
                break
            time.sleep(0.05)
    except BaseException:
        # Stopped while the device was starting (SIGTERM, the client went away): a device
        # nobody was told about must not run on.
        _kill_starting(project_dir, process)
        raise
    tail = _tail(log_path)
    _kill_starting(project_dir, process)
    raise ServerError(
        f"The device did not start (no serial port after {timeout_sec:g} s): see the log.",
        f"Command: {' '.join(str(a) for a in argv)}\nLast lines of {log_path}:\n{tail}",
    )


def _kill_starting(project_dir, process):
    """Kills a supervisor that has not announced its device yet, and the program it started
    (both in the supervisor's own session and process group), and forgets its state."""
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    process.wait()
    state = read_state(project_dir)
    if state and state.get("supervisor_pid") == process.pid:
        try:
            _state_path(project_dir).unlink()
        except FileNotFoundError:
            pass


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
