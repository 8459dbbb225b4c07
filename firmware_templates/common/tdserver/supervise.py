"""Runs one device program (host runner or QEMU) for a project and stops it when it is no
longer wanted. Started detached by device.start_device(); see device.py for the policy.

usage: supervise.py --project DIR --state FILE --idle-sec S
                    [--port-file FILE | --port-regex RE [--hold-port]] -- PROGRAM ARGS...

--hold-port: keep the serial port (a pty) open from the moment it is announced until the device
stops, without reading it. QEMU's pty chardev notices that a client has opened the pty only
when it polls, once a second while the guest is idle, and reads nothing from the pty until
then: a client that opens the port just after the device started would wait up to a second for
its first reply. With this process holding the pty open from the start, QEMU sees it connected
at once, and stays connected between clients.
"""

import argparse
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time

POLL_SEC = 0.5


def _write_state(path, state):
    temporary = f"{path}.tmp{os.getpid()}"
    with open(temporary, "w", encoding="utf-8") as output:
        json.dump(state, output)
    os.replace(temporary, path)


def _port_open_elsewhere(port, own_pids):
    """True if a process other than ours has the serial port open."""
    try:
        real = os.path.realpath(port)
    except OSError:
        return False
    for entry in os.listdir("/proc"):
        if not entry.isdigit() or int(entry) in own_pids:
            continue
        fd_dir = f"/proc/{entry}/fd"
        try:
            fds = os.listdir(fd_dir)
        except OSError:
            continue
        for fd in fds:
            try:
                if os.readlink(f"{fd_dir}/{fd}") == real:
                    return True
            except OSError:
                continue
    return False


def _hold(port):
    """Opens the port to keep it open (see --hold-port); None when it cannot be opened, which
    only costs the client its first second."""
    try:
        return os.open(port, os.O_RDONLY | os.O_NOCTTY | os.O_NONBLOCK)
    except OSError as error:
        print(f"[tinydeploy] cannot hold {port} open: {error}", flush=True)
        return None


def _process_start_time(pid):
    """Like device.process_start_time() (this script runs on its own, outside the package)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as handle:
            stat = handle.read()
    except OSError:
        return None
    fields = stat[stat.rfind(")") + 2 :].split()
    if len(fields) <= 19 or fields[0] == "Z":
        return None
    return int(fields[19])


def _owner_gone(owner):
    """True when the server that holds the device's transport session has exited."""
    if not isinstance(owner, dict) or not isinstance(owner.get("pid"), int):
        return False
    started = _process_start_time(owner["pid"])
    recorded = owner.get("start_time")
    return started is None or (recorded is not None and started != recorded)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--project", required=True)
    parser.add_argument("--state", required=True)
    parser.add_argument("--idle-sec", type=float, required=True)
    parser.add_argument("--port-file")
    parser.add_argument("--port-regex")
    parser.add_argument("--hold-port", action="store_true")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command

    stopping = threading.Event()
    # Set to end a wait early: a signal, or the port announced.
    wake = threading.Event()

    def on_signal(signum, frame):
        stopping.set()
        wake.set()

    for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(signum, on_signal)

    child = subprocess.Popen(
        command, cwd=args.project, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    port = {"path": None}
    pattern = re.compile(args.port_regex) if args.port_regex else None

    def pump():
        # Copies the program's output to our log (stdout) and looks for the port announcement.
        for raw in iter(child.stdout.readline, b""):
            sys.stdout.buffer.write(raw)
            sys.stdout.flush()
            if pattern and port["path"] is None:
                match = pattern.search(raw.decode("utf-8", "replace"))
                if match:
                    port["path"] = match.group(1)
                    wake.set()

    reader = threading.Thread(target=pump, daemon=True)
    reader.start()

    state = {
        "supervisor_pid": os.getpid(),
        "child_pid": child.pid,
        "command": command,
        "serial_port": None,
        "started": time.time(),
    }
    last_used = time.monotonic()
    own = {os.getpid(), child.pid}
    held = None  # our own descriptor of the port (--hold-port)
    reason = "the program exited"
    while not stopping.is_set():
        wake.clear()  # before the checks: what happens after them ends the wait below
        if child.poll() is not None:
            reason = f"the program exited with status {child.returncode}"
            break
        if not os.path.isdir(args.project):
            reason = "the project folder was removed"
            break
        if state["serial_port"] is None:
            if args.port_file and os.path.exists(args.port_file):
                with open(args.port_file, encoding="utf-8") as handle:
                    path = handle.read().strip()
                if path:
                    port["path"] = path
            if port["path"]:
                state["serial_port"] = port["path"]
                if args.hold_port and held is None:
                    held = _hold(port["path"])
                _write_state(args.state, state)
                last_used = time.monotonic()  # the idle time counts from the announcement
        else:
            try:
                current = json.load(open(args.state, encoding="utf-8"))
            except (OSError, ValueError):
                current = None
            if not current or current.get("supervisor_pid") != os.getpid():
                reason = "the device was replaced or stopped"
                break
            if _owner_gone(current.get("session_owner")):
                reason = "the server that held its transport session exited"
                break
            if _port_open_elsewhere(state["serial_port"], own):
                last_used = time.monotonic()
            elif time.monotonic() - last_used > args.idle_sec:
                reason = f"nothing used the serial port for {args.idle_sec:g} s"
                break
        wake.wait(POLL_SEC)
    if held is not None:
        os.close(held)
    if stopping.is_set():
        reason = "asked to stop"

    if child.poll() is None:
        child.terminate()
        try:
            child.wait(timeout=3)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
    print(f"[tinydeploy] device stopped: {reason}", flush=True)
    try:
        current = json.load(open(args.state, encoding="utf-8"))
        if current.get("supervisor_pid") == os.getpid():
            os.unlink(args.state)
    except (OSError, ValueError):
        pass


if __name__ == "__main__":
    main()
