#!/usr/bin/env python3
"""Chaos template: a Project API server that misbehaves on purpose, for TinyDeploy's fault
matrix (tests/integration/chaos). Stdlib only; written for TinyDeploy.

It is tests/fakes/fake_project_api_server.py (imported, not copied) with two more project
options, so that the GUI and the CLI choose the fault like any option:

chaos_mode    none (default), crash, hang, garbage, wrong_id, flood_stderr, huge_reply,
              leaves_child
chaos_method  the Project API method that misbehaves: server_info_query, generate_project,
              build, flash, open_transport, close_transport, read_transport, write_transport,
              or "all"

What each mode does at that method:
    crash         dies from SIGSEGV before answering
    hang          never answers (until killed)
    garbage       answers with a line that is not JSON
    wrong_id      answers with the request id + 1000
    flood_stderr  writes CHAOS_FLOOD_BYTES (default 4 MiB) to stderr, then fails the call with
                  a -32000 ServerError "chaos: flood_stderr at <method>" (its traceback names
                  the method): the client must drain stderr to see the reply at all
    huge_reply    answers with one line of CHAOS_HUGE_BYTES (default 20 MiB, over the client's
                  16 MiB limit)
    leaves_child  starts `sleep 1000` in the server's process group (appending its pid to
                  CHAOS_PIDFILE), then answers normally: the child must not outlive the server

Where the choice comes from, first found wins: the environment (CHAOS_MODE, CHAOS_METHOD); the
options of the request (generate_project, build, flash, open_transport carry them); the options
seen last by this server (the transport methods carry none); the options the project was
generated with (options.json in a generated project). server_info_query has no options: on
the template it misbehaves only through the environment; on a generated project its
generate-time options count, so chaos_method=server_info_query fires when the project's server
starts (the Build step).

The project_type option defaults to host_driven here and flash reports a serial port, so a
deployment of a graph archive with the CRT system library runs its model over microTVM RPC
through this server's transport (open/write/read/close_transport, a loopback: what is written
is read back), which brings the transport methods into reach.

A generated project holds a copy of this file and chaos_fakes_dir.txt, the folder of
fake_project_api_server.py. Other environment variables: those of the fake
(FAKE_SERVER_WIRE_LOG, FAKE_SERVER_RECORD, ...), and CHAOS_EVENTS, a file that gets one line
"<mode>@<method>" each time a fault fires (unbuffered, before the fault).
"""

import json
import os
import shutil
import signal
import subprocess
import sys
import tarfile
import time

SERVER_DIR = os.path.dirname(os.path.abspath(__file__))
MODES = ["none", "crash", "hang", "garbage", "wrong_id", "flood_stderr", "huge_reply",
         "leaves_child"]
METHODS = ["server_info_query", "generate_project", "build", "flash", "open_transport",
           "close_transport", "read_transport", "write_transport"]
# The fake's behaviours that implement a mode as it is.
FAKE_BEHAVIOUR = {"crash": "crash_before_reply", "hang": "hang", "garbage": "non_json",
                  "wrong_id": "wrong_id"}
OPTION_METHODS = ["generate_project", "build", "flash", "open_transport"]


def fakes_dir():
    if os.environ.get("CHAOS_FAKES_DIR"):
        return os.environ["CHAOS_FAKES_DIR"]
    try:
        with open(os.path.join(SERVER_DIR, "chaos_fakes_dir.txt"), encoding="utf-8") as f:
            return f.read().strip()
    except OSError:
        return os.path.dirname(SERVER_DIR)  # the template itself: tests/fakes/chaos_template


sys.path.insert(0, fakes_dir())
import fake_project_api_server as fake  # noqa: E402  (found through fakes_dir())

fake.SERVER_DIR = SERVER_DIR  # the fake keeps its model and build folder beside the server


def note(text):
    path = os.environ.get("CHAOS_EVENTS")
    if not path:
        return
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(fd, (text + "\n").encode("utf-8"))
    finally:
        os.close(fd)


def chaos_options():
    def option(name, choices, help_text):
        return {"name": name, "choices": choices, "default": choices[0], "type": "str",
                "required": None, "optional": OPTION_METHODS, "help": help_text}

    return [option("chaos_mode", MODES, "How the server misbehaves (see the chaos template)."),
            option("chaos_method", ["all"] + METHODS, "At which Project API method.")]


class Chaos(fake.Fake):
    def __init__(self, read_fd, write_fd):
        super().__init__(read_fd, write_fd)
        self.options = self.generated_options()

    @staticmethod
    def generated_options():
        try:
            with open(os.path.join(SERVER_DIR, "options.json"), encoding="utf-8") as f:
                return json.load(f).get("options") or {}
        except (OSError, ValueError):
            return {}

    def choice(self):
        mode = os.environ.get("CHAOS_MODE") or self.options.get("chaos_mode") or "none"
        method = os.environ.get("CHAOS_METHOD") or self.options.get("chaos_method") or "all"
        return mode, method

    def handle(self, request):
        options = request["params"].get("options")
        if isinstance(options, dict) and ("chaos_mode" in options or "chaos_method" in options):
            self.options = options
        method = request["method"]
        mode, target = self.choice()
        if mode != "none" and target in ("all", method):
            note(f"{mode}@{method}")
            outcome = self.misbehave(mode, method, request)
            if outcome is not None:
                return outcome
        return super().handle(request)  # FAKE_SERVER_BEHAVIOUR still applies

    def misbehave(self, mode, method, request):
        request_id = request.get("id")
        if mode in FAKE_BEHAVIOUR:
            return self.apply(FAKE_BEHAVIOUR[mode], method, request_id, request)
        if mode == "flood_stderr":
            total = int(os.environ.get("CHAOS_FLOOD_BYTES", str(4 * 1024 * 1024)))
            line = b"chaos: flooding stderr with a long and chatty line, as some tools do\n"
            block = line * (65536 // len(line))
            written = 0
            while written < total:
                os.write(2, block)
                written += len(block)
            message = f"chaos: flood_stderr at {method}"
            self.send_error(request_id, -32000, message, fake.typed_traceback(method, message))
            return "done"
        if mode == "huge_reply":
            os.environ.setdefault("FAKE_SERVER_HUGE_BYTES",
                                  os.environ.get("CHAOS_HUGE_BYTES", str(20 * 1024 * 1024)))
            return self.apply("huge_line", method, request_id, request)
        if mode == "leaves_child":
            child = subprocess.Popen(["sleep", "1000"])
            pidfile = os.environ.get("CHAOS_PIDFILE")
            if pidfile:
                fd = os.open(pidfile, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
                os.write(fd, f"{child.pid}\n".encode("ascii"))
                os.close(fd)
            return None
        raise SystemExit(f"chaos template: unknown chaos_mode {mode!r}")

    def server_info(self):
        info = super().server_info()
        info["platform_name"] = "chaos"
        options = [o for o in info["project_options"] if o["name"] != "serial_number"]
        for option in options:
            if option["name"] == "project_type":
                option["default"] = "host_driven"
                option["required"] = None
                option["optional"] = ["generate_project"]
        info["project_options"] = options + chaos_options()
        return info

    def do_open_transport(self, options):
        super().do_open_transport(options)
        return {"timeouts": {"session_start_retry_timeout_sec": 0.5,
                             "session_start_timeout_sec": 2.0,
                             "session_established_timeout_sec": 2.0}}

    def do_read_transport(self, n, timeout_sec):
        if self.transport_open and not self.transport_buffer and timeout_sec:
            time.sleep(min(timeout_sec, 0.1))  # a loopback with nothing to say: do not spin
        return super().do_read_transport(n, timeout_sec)

    def do_flash(self, options):
        project_type = self.generated_options().get("project_type") or "host_driven"
        return {"serial_port": "/dev/null", "project_type": project_type}

    def do_generate_project(self, model_library_format_path, standalone_crt_dir, project_dir,
                            options):
        super().do_generate_project(model_library_format_path, standalone_crt_dir, project_dir,
                                    options)
        shutil.copy2(os.path.abspath(__file__), os.path.join(project_dir, "microtvm_api_server.py"))
        # Like our templates: the model extracted into model/, where the Run step reads it.
        with tarfile.open(model_library_format_path) as tar:
            if hasattr(tarfile, "data_filter"):
                tar.extractall(os.path.join(project_dir, "model"), filter="data")
            else:
                tar.extractall(os.path.join(project_dir, "model"))
        with open(os.path.join(project_dir, "chaos_fakes_dir.txt"), "w", encoding="utf-8") as f:
            f.write(fakes_dir() + "\n")
        return None


def main():
    args = sys.argv[1:]
    if len(args) != 4 or args[0] != "--read-fd" or args[2] != "--write-fd":
        print(f"usage: {sys.argv[0]} --read-fd N --write-fd M (got {args})", file=sys.stderr)
        return 2
    read_fd, write_fd = int(args[1]), int(args[3])
    fake.record(read_fd, write_fd)
    return Chaos(read_fd, write_fd).serve()


if __name__ == "__main__":
    sys.exit(main())
