"""The build and flash tools a server runs (make, compilers, flashers): how they are started so
that nothing of them outlives the server, how they are stopped, and their versions.

Each tool runs in a process group of its own inside the server's session: the whole tool tree
can be signalled at once, and TinyDeploy's ServerProcess kills what is left in the session when
the server ends. On Linux a tool also gets SIGTERM when the server dies without cleaning up.
"""

import ctypes
import logging
import os
import shutil
import signal
import subprocess
import time

_LOG = logging.getLogger("tdserver.tools")

TOOL_VERSION_TIMEOUT_SEC = 10
# How long a build tool may take to end after SIGTERM (make removes its half-written targets,
# gcc its temporary files) before its process group gets SIGKILL.
TOOL_TERM_GRACE_SEC = 1.0
PR_SET_PDEATHSIG = 1


def _load_prctl():
    try:
        return ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None


_PRCTL = _load_prctl()


def child_setup(parent_pid):
    """In a build tool's child, before exec: its own process group (so that the whole tool tree
    can be signalled at once; it stays in the server's session, which TinyDeploy's
    ServerProcess clears when the server ends), and SIGTERM when the server dies without
    cleaning up (Linux; make then stops its own children)."""

    def setup():
        os.setpgid(0, 0)
        if _PRCTL is not None:
            _PRCTL(PR_SET_PDEATHSIG, int(signal.SIGTERM), 0, 0, 0)
        if os.getppid() != parent_pid:  # the server died before prctl
            os.kill(os.getpid(), signal.SIGTERM)

    return setup


def signal_group(pgid, signum):
    try:
        os.killpg(pgid, signum)
    except (ProcessLookupError, PermissionError):
        pass


def has_exited(pid):
    """True once child @p pid has exited (or is gone), without reaping it."""
    try:
        return os.waitid(os.P_PID, pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is not None
    except ChildProcessError:
        return True


class ClientGone(SystemExit):
    """The client closed its end of the reply pipe: nobody can read a result any more."""

    def __init__(self):
        super().__init__(1)


def stop(tool):
    """Ends @p tool (a subprocess.Popen started with child_setup()) and its whole process group:
    SIGTERM, then SIGKILL once the tool has exited or TOOL_TERM_GRACE_SEC has passed. The tool
    is reaped only after that, so its pid, which names the group, cannot have gone to another
    process."""
    if tool.returncode is None:
        signal_group(tool.pid, signal.SIGTERM)
        deadline = time.monotonic() + TOOL_TERM_GRACE_SEC
        while not has_exited(tool.pid) and time.monotonic() < deadline:
            time.sleep(0.02)
        signal_group(tool.pid, signal.SIGKILL)  # what is left in the group (a compiler)
        try:
            tool.wait(timeout=TOOL_TERM_GRACE_SEC)
        except subprocess.TimeoutExpired:
            _LOG.warning("%s (pid %d) did not end after SIGKILL", tool.args[0], tool.pid)
    if tool.stdout is not None:
        tool.stdout.close()


def tool_versions(names):
    """{name: first line of `name --version`} for the tools found, for deployment records."""
    versions = {}
    for name in names:
        path = shutil.which(name)
        if path is None:
            continue
        try:
            done = subprocess.run(
                [path, "--version"],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                timeout=TOOL_VERSION_TIMEOUT_SEC,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as error:
            _LOG.warning("%s --version: %s", name, error)
            continue
        lines = done.stdout.decode("utf-8", "replace").strip().splitlines()
        if done.returncode == 0 and lines:
            versions[name] = lines[0].strip()
    return versions
