#!/usr/bin/env python3
"""Fake microTVM Project API server for TinyDeploy's tests and benchmarks (stdlib only).

Written for TinyDeploy from the protocol description in shared/docs/projectapi-mlf-spec.md;
it is not TVM's server.py. Copy it into a directory as microtvm_api_server.py and launch it
the Project API way: `microtvm_api_server.py --read-fd N --write-fd M`.

Behaviour is chosen with environment variables:

FAKE_SERVER_BEHAVIOUR  comma-separated list of BEHAVIOUR[@METHOD]; without @METHOD the
                       behaviour applies to every request. Behaviours:
    normal              answer like a host-style template (the default)
    gate                wait until the test opens and closes FAKE_SERVER_GATE (a FIFO) for
                        writing, then answer: the test decides when the reply comes
    crash_before_reply  die from SIGSEGV before answering (core dumps disabled)
    crash_after_reply   answer, then die from SIGSEGV
    exit_before_reply   print a message on stderr and exit with status 3
    hang                never answer (note "hanging" in FAKE_SERVER_EVENTS first)
    hang_ignoring_term  ignore SIGTERM, then never answer (only SIGKILL ends it)
    non_json            answer with a line that is not JSON
    huge_line           answer with one line of FAKE_SERVER_HUGE_BYTES (default 100 MiB)
    wrong_id            answer with the request id + 1000
    no_result           answer without "result" and "error"
    unknown_error_code  answer with error code -31999
    server_error        -32000 "calling method <m>" with a realistic traceback
    transport_closed    -32000 TransportClosedError
    io_timeout          -32000 IoTimeoutError
    unsupported_tvm     -32000 UnsupportedTVMVersionError
    method_not_found    -32601
    invalid_params      -32602
    invalid_request_exit  -32600 with id null, then exit (what TVM's server does)
    spam                write FAKE_SERVER_SPAM_BYTES (default 100 MiB) to stdout and as much to
                        stderr, then answer
    grandchild          start `sleep 1000` in the same process group, write its pid to
                        FAKE_SERVER_PIDFILE, then answer
    grandchild_hang     like grandchild, then wait for it forever (a long build)
    precomputed         answer server_info_query from a prebuilt reply string (benchmarks)
    protocol2           report protocol_version 2
    tools               build returns {"tools": ...} like TinyDeploy's templates, with too many
                        entries, an oversize version text and a non-string value
FAKE_SERVER_RECORD     file: written at start-up with argv, cwd, pid, pgid, sid and fds (JSON)
FAKE_SERVER_WIRE_LOG   file: every raw request line is appended to it
FAKE_SERVER_EVENTS     file: one line per event, in the order they happen: "gate" when the gate
                       behaviour starts waiting, "hanging" when a hang behaviour starts
                       hanging (its SIGTERM handling in place), "SIGTERM" when
                       hang_ignoring_term receives (and ignores) SIGTERM. Otherwise SIGTERM and
                       SIGKILL keep their default action: the exit status tells which came.
"""

import base64
import json
import os
import re
import resource
import shutil
import signal
import subprocess
import sys

SERVER_DIR = os.path.dirname(os.path.abspath(__file__))
PROTOCOL_VERSION = 1
METHOD_RE = re.compile(r"^[a-zA-Z0-9_]+$")


def project_options():
    def option(name, type_, default=None, choices=None, required=None, optional=None, help=""):
        return {"name": name, "choices": choices, "default": default, "type": type_,
                "required": required, "optional": optional, "help": help}

    return [
        option("verbose", "bool", False, optional=["build"],
               help="Run make with verbose output"),
        option("workspace_size_bytes", "int", 2097152, optional=["generate_project"],
               help="Sets the value of TVM_WORKSPACE_SIZE_BYTES."),
        option("project_type", "str", choices=["host_driven", "aot_standalone_demo"],
               required=["generate_project"], help="Type of project to generate."),
        option("compile_definitions", "str", optional=["generate_project"],
               help="Extra definitions added to the project compile."),
        option("serial_number", "str", optional=["open_transport", "flash"],
               help="Board serial number."),
    ]


class Fake:
    def __init__(self, read_fd, write_fd):
        self.reader = os.fdopen(read_fd, "r", encoding="utf-8", errors="strict", newline=None)
        self.write_fd = write_fd
        self.behaviours = []
        for item in filter(None, os.environ.get("FAKE_SERVER_BEHAVIOUR", "normal").split(",")):
            name, _, method = item.strip().partition("@")
            self.behaviours.append((name, method or None))
        self.transport_open = False
        self.transport_buffer = bytearray()
        self.precomputed = None
        self.wire_log = os.environ.get("FAKE_SERVER_WIRE_LOG")

    def behaviour_for(self, method):
        found = [name for name, only in self.behaviours if only is None or only == method]
        return found or ["normal"]

    def send_raw(self, data):
        view = memoryview(data)
        while view:
            written = os.write(self.write_fd, view)
            view = view[written:]

    def send(self, reply):
        self.send_raw((json.dumps(reply) + "\n").encode("utf-8"))

    def send_error(self, request_id, code, message, traceback=None):
        data = {"traceback": traceback} if traceback is not None else None
        self.send({"jsonrpc": "2.0", "id": request_id,
                   "error": {"code": code, "message": message, "data": data}})

    def serve(self):
        while True:
            line = self.reader.readline()
            if not line:
                return 0
            if self.wire_log:
                with open(self.wire_log, "a", encoding="utf-8") as log:
                    log.write(line if line.endswith("\n") else line + "\n")
            try:
                request = json.loads(line)
            except ValueError as error:
                print(f"fake server: invalid JSON request: {error}", file=sys.stderr)
                return 0
            if not self.valid(request):
                return 0
            if self.handle(request) == "exit":
                return 0

    def valid(self, request):
        problem = None
        if not isinstance(request, dict):
            problem = f"request: want dict; got {request!r}"
        elif request.get("jsonrpc") != "2.0":
            problem = f'request["jsonrpc"]: want "2.0"; got {request.get("jsonrpc")!r}'
        elif not isinstance(request.get("method"), str) or not METHOD_RE.match(request["method"]):
            problem = f'request["method"]: want str; got {request.get("method")!r}'
        elif not isinstance(request.get("params"), dict):
            problem = f'request["params"]: want dict; got {type(request.get("params"))}'
        if problem:
            self.send_error(None, -32600, problem)
            return False
        return True

    def handle(self, request):
        method = request["method"]
        request_id = request.get("id")
        behaviours = self.behaviour_for(method)
        for name in behaviours:
            outcome = self.apply(name, method, request_id, request)
            if outcome is not None:
                return outcome
        return self.answer(method, request_id, request["params"])

    def apply(self, name, method, request_id, request):
        """Returns None to go on to the normal answer, "done" or "exit" otherwise."""
        if name == "normal":
            return None
        if name == "gate":
            note("gate")
            with open(os.environ["FAKE_SERVER_GATE"], "rb") as gate:  # until a writer opens it
                gate.read()  # and closes it
            return None
        if name == "crash_before_reply":
            crash()
        if name == "crash_after_reply":
            self.answer(method, request_id, request["params"])
            crash()
        if name == "exit_before_reply":
            print("fake server: giving up before answering", file=sys.stderr, flush=True)
            sys.exit(3)
        if name in ("hang", "hang_ignoring_term"):
            if name == "hang_ignoring_term":
                ignore_sigterm()
            note("hanging")
            while True:
                signal.pause()
        if name == "non_json":
            self.send_raw(b"this is not JSON\n")
            return "done"
        if name == "huge_line":
            size = int(os.environ.get("FAKE_SERVER_HUGE_BYTES", str(100 * 1024 * 1024)))
            head = b'{"jsonrpc": "2.0", "id": %d, "result": {"data": "' % request_id
            chunk = b"0" * (1024 * 1024)
            self.send_raw(head)
            left = size
            while left > 0:
                self.send_raw(chunk[:min(left, len(chunk))])
                left -= len(chunk)
            self.send_raw(b'"}}\n')
            return "done"
        if name == "wrong_id":
            self.send({"jsonrpc": "2.0", "id": request_id + 1000, "result": None})
            return "done"
        if name == "no_result":
            self.send({"jsonrpc": "2.0", "id": request_id})
            return "done"
        if name == "unknown_error_code":
            self.send_error(request_id, -31999, "a code from the future", None)
            return "done"
        if name == "server_error":
            self.send_error(request_id, -32000, f"calling method {method}", traceback_text(method))
            return "done"
        if name in ("transport_closed", "io_timeout", "unsupported_tvm"):
            message = {"transport_closed": "TransportClosedError",
                       "io_timeout": "IoTimeoutError",
                       "unsupported_tvm": "UnsupportedTVMVersionError"}[name]
            self.send_error(request_id, -32000, message, typed_traceback(method, message))
            return "done"
        if name == "method_not_found":
            self.send_error(request_id, -32601, f"{method}: no such method")
            return "done"
        if name == "invalid_params":
            self.send_error(request_id, -32602, f"method {method}: parameter options not given")
            return "done"
        if name == "invalid_request_exit":
            self.send_error(None, -32600, 'request["params"]: want dict; got <class \'list\'>')
            return "exit"
        if name == "spam":
            spam(int(os.environ.get("FAKE_SERVER_SPAM_BYTES", str(100 * 1024 * 1024))))
            return None
        if name in ("grandchild", "grandchild_hang"):
            child = subprocess.Popen(["sleep", "1000"])
            pidfile = os.environ.get("FAKE_SERVER_PIDFILE")
            if pidfile:
                with open(pidfile + ".tmp", "w", encoding="utf-8") as out:
                    out.write(str(child.pid))
                os.rename(pidfile + ".tmp", pidfile)
            if name == "grandchild_hang":
                print("fake server: building (waiting for the grandchild)", file=sys.stderr,
                      flush=True)
                child.wait()
            return None
        if name == "precomputed":
            if method != "server_info_query":
                return None
            if self.precomputed is None:
                info = self.server_info()
                text = json.dumps({"jsonrpc": "2.0", "id": 0, "result": info})
                head, _, tail = text.partition('"id": 0')
                self.precomputed = (head.encode() + b'"id": ', tail.encode() + b"\n")
            self.send_raw(self.precomputed[0] + str(request_id).encode() + self.precomputed[1])
            return "done"
        if name in ("protocol2", "tools"):
            return None  # answered differently by server_info() / do_build()
        raise SystemExit(f"fake server: unknown behaviour {name!r}")

    def server_info(self):
        model = os.path.join(SERVER_DIR, "model.tar")
        generated = os.path.exists(model)
        info = {
            "platform_name": "fake",
            "is_template": not generated,
            "model_library_format_path": model if generated else "",
            "project_options": project_options(),
            "protocol_version": PROTOCOL_VERSION,
        }
        if any(name == "protocol2" for name, _ in self.behaviours):
            info["protocol_version"] = 2
        return info

    def answer(self, method, request_id, params):
        handler = getattr(self, "do_" + method, None)
        if handler is None:
            self.send_error(request_id, -32601, f"{method}: no such method")
            return "done"
        try:
            result = handler(**params)
        except TypeError as error:
            self.send_error(request_id, -32602, f"method {method}: {error}")
            return "done"
        except ServerSideError as error:
            self.send_error(request_id, -32000, error.message, typed_traceback(method, error.message))
            return "done"
        self.send({"jsonrpc": "2.0", "id": request_id, "result": result})
        return "done"

    def do_server_info_query(self, tvm_version):
        return self.server_info()

    def do_generate_project(self, model_library_format_path, standalone_crt_dir, project_dir,
                            options):
        if os.path.exists(project_dir):
            raise ServerSideError("calling method generate_project")
        os.makedirs(project_dir)
        shutil.copy2(__file__, os.path.join(project_dir, "microtvm_api_server.py"))
        shutil.copy2(model_library_format_path, os.path.join(project_dir, "model.tar"))
        with open(os.path.join(project_dir, "options.json"), "w", encoding="utf-8") as out:
            json.dump({"options": options, "standalone_crt_dir": standalone_crt_dir}, out)
        return None

    def do_build(self, options):
        build_dir = os.path.join(SERVER_DIR, "build")
        os.makedirs(build_dir, exist_ok=True)
        print("fake build: compiling main.c", flush=True)
        with open(os.path.join(build_dir, "options.json"), "w", encoding="utf-8") as out:
            json.dump(options, out)
        if "tools" in self.behaviour_for("build"):
            tools = {"cc": "cc (Fake) 1.0", "make": "GNU Make 4.3", "huge": "v" * 100000,
                     "number": 7}
            tools.update({f"tool{i:02d}": f"tool{i:02d} 1.{i}" for i in range(40)})
            return {"tools": tools}
        return None

    def do_flash(self, options):
        return {"serial_port": "/dev/null"}

    def do_open_transport(self, options):
        self.transport_open = True
        return {"timeouts": {"session_start_retry_timeout_sec": 2.0,
                             "session_start_timeout_sec": 5.0,
                             "session_established_timeout_sec": 5.0}}

    def do_close_transport(self):
        self.transport_open = False
        self.transport_buffer.clear()
        return None

    def do_read_transport(self, n, timeout_sec):
        if not self.transport_open:
            raise ServerSideError("TransportClosedError")
        if not self.transport_buffer and timeout_sec is not None:
            raise ServerSideError("IoTimeoutError")
        data = bytes(self.transport_buffer[:n])
        del self.transport_buffer[:n]
        return {"data": base64.b85encode(data).decode("ascii")}

    def do_write_transport(self, data, timeout_sec):
        if not self.transport_open:
            raise ServerSideError("TransportClosedError")
        self.transport_buffer += base64.b85decode(data)
        return None


class ServerSideError(Exception):
    def __init__(self, message):
        super().__init__(message)
        self.message = message


def typed_traceback(method, message):
    return (
        "Traceback (most recent call last):\n"
        f'  File "/opt/tvm/python/tvm/micro/project_api/server.py", line 312, in _dispatch_request\n'
        f"    return_value = dispatch_method(**params)  # <--- Outermost server-side stack frame\n"
        f'  File "/opt/template/microtvm_api_server.py", line 210, in {method}\n'
        f"    raise server.{message}()\n"
        f"tvm.micro.project_api.server.{message}\n")


def traceback_text(method):
    return (
        "Traceback (most recent call last):\n"
        '  File "/opt/tvm/python/tvm/micro/project_api/server.py", line 312, in _dispatch_request\n'
        "    return_value = dispatch_method(**params)  # <--- Outermost server-side stack frame\n"
        f'  File "/opt/template/microtvm_api_server.py", line 180, in {method}\n'
        "    subprocess.check_call([\"make\"], cwd=build_dir)\n"
        '  File "/usr/lib/python3.11/subprocess.py", line 413, in check_call\n'
        "    raise CalledProcessError(retcode, cmd)\n"
        "subprocess.CalledProcessError: Command '['make']' returned non-zero exit status 2.\n")


def crash():
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    sys.stdout.flush()
    sys.stderr.flush()
    os.kill(os.getpid(), signal.SIGSEGV)
    while True:  # not reached: a signal sent to oneself arrives before kill() returns
        signal.pause()


def spam(total):
    line = b"make[2]: compiling a file with a long and chatty command line, as builds do -O2\n"
    block = line * (65536 // len(line))
    written = 0
    while written < total:
        os.write(1, block)
        os.write(2, block)
        written += len(block)


def note(event):
    """Appends one line to FAKE_SERVER_EVENTS (unbuffered: it may be the last thing we do)."""
    path = os.environ.get("FAKE_SERVER_EVENTS")
    if not path:
        return
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(fd, (event + "\n").encode("ascii"))
    finally:
        os.close(fd)


def ignore_sigterm():
    """Ignores SIGTERM from now on, noting each one in FAKE_SERVER_EVENTS."""
    if not os.environ.get("FAKE_SERVER_EVENTS"):
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        return
    signal.signal(signal.SIGTERM, lambda signum, frame: note("SIGTERM"))


def record(read_fd, write_fd):
    path = os.environ.get("FAKE_SERVER_RECORD")
    if not path:
        return
    fds = []
    for fd in sorted(int(fd) for fd in os.listdir("/proc/self/fd")):
        try:
            os.fstat(fd)  # the fd listdir used is closed by now
            fds.append(fd)
        except OSError:
            pass
    info = {
        "argv": sys.argv,
        "executable": sys.executable,
        "cwd": os.getcwd(),
        "pid": os.getpid(),
        "ppid": os.getppid(),
        "pgid": os.getpgid(0),
        "sid": os.getsid(0),
        "read_fd": read_fd,
        "write_fd": write_fd,
        "fds": fds,
        "stdin": os.readlink("/proc/self/fd/0"),
        "launcher": os.environ.get("FAKE_LAUNCHED_BY", ""),
        "launcher_argc": int(os.environ.get("FAKE_LAUNCH_ARGC", "-1")),
    }
    with open(path + ".tmp", "w", encoding="utf-8") as out:
        json.dump(info, out)
    os.rename(path + ".tmp", path)


def main():
    args = sys.argv[1:]
    if len(args) != 4 or args[0] != "--read-fd" or args[2] != "--write-fd":
        print(f"usage: {sys.argv[0]} --read-fd N --write-fd M (got {args})", file=sys.stderr)
        return 2
    read_fd, write_fd = int(args[1]), int(args[3])
    record(read_fd, write_fd)
    return Fake(read_fd, write_fd).serve()


if __name__ == "__main__":
    sys.exit(main())
