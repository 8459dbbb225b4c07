#!/usr/bin/env python3
"""Fake Project API server of a host-driven project, for TinyDeploy's microTVM RPC tests and
benchmarks (stdlib only; written for TinyDeploy, not TVM's server.py).

Its "device" is tests/fakes/crt_device (TVM's real CRT RPC server), started as a child by
open_transport, the way TVM's CRT host template runs build/main: read_transport and
write_transport relay bytes to the child's stdin/stdout (Base85 on the wire). Launch it the
Project API way: `microtvm_api_server.py --read-fd N --write-fd M`.

Environment:
FAKE_CRT_DEVICE     path of crt_device (required for open_transport)
FAKE_CRT_ARGS       extra arguments for crt_device (space-separated)
FAKE_CRT_BEHAVIOUR  "normal" (default) or "read_timeout": every read_transport raises
                    IoTimeoutError, as a template whose transport never delivers
"""

import base64
import json
import os
import select
import subprocess
import sys
import time


class ServerError(Exception):
    def __init__(self, name):
        super().__init__(name)
        self.name = name


class Server:
    def __init__(self, read_fd, write_fd):
        self.reader = os.fdopen(read_fd, "r", encoding="utf-8")
        self.write_fd = write_fd
        self.child = None
        self.behaviour = os.environ.get("FAKE_CRT_BEHAVIOUR", "normal")

    def send(self, reply):
        data = (json.dumps(reply) + "\n").encode("utf-8")
        while data:
            data = data[os.write(self.write_fd, data):]

    def serve(self):
        for line in self.reader:
            request = json.loads(line)
            method, params = request["method"], request.get("params") or {}
            try:
                result = getattr(self, "do_" + method)(**params)
                self.send({"jsonrpc": "2.0", "id": request["id"], "result": result})
            except ServerError as error:
                self.send({"jsonrpc": "2.0", "id": request["id"],
                           "error": {"code": -32000, "message": error.name,
                                     "data": {"traceback": "Traceback (most recent call last):\n"
                                              f"tvm.micro.project_api.server.{error.name}\n"}}})
            except AttributeError:
                self.send({"jsonrpc": "2.0", "id": request["id"],
                           "error": {"code": -32601, "message": f"{method}: no such method"}})
        self.do_close_transport()
        return 0

    def do_server_info_query(self, tvm_version):
        return {"platform_name": "fake_crt", "is_template": False,
                "model_library_format_path": "", "project_options": [],
                "protocol_version": 1}

    def do_open_transport(self, options):
        self.do_close_transport()
        args = os.environ.get("FAKE_CRT_ARGS", "").split()
        self.child = subprocess.Popen([os.environ["FAKE_CRT_DEVICE"], "--stdio"] + args,
                                      stdin=subprocess.PIPE, stdout=subprocess.PIPE, bufsize=0)
        os.set_blocking(self.child.stdout.fileno(), False)
        return {"timeouts": {"session_start_retry_timeout_sec": 2.0,
                             "session_start_timeout_sec": 5.0,
                             "session_established_timeout_sec": 5.0}}

    def do_close_transport(self):
        if self.child is not None:
            self.child.stdin.close()
            try:
                self.child.wait(timeout=3)
            except subprocess.TimeoutExpired:
                self.child.kill()
                self.child.wait()
            self.child = None
        return None

    def do_read_transport(self, n, timeout_sec):
        if self.child is None:
            raise ServerError("TransportClosedError")
        if self.behaviour == "read_timeout":
            time.sleep(timeout_sec or 0)
            raise ServerError("IoTimeoutError")
        fd = self.child.stdout.fileno()
        ready, _, _ = select.select([fd], [], [], timeout_sec)
        if not ready:
            raise ServerError("IoTimeoutError")
        data = os.read(fd, n)
        if not data:
            raise ServerError("TransportClosedError")
        return {"data": base64.b85encode(data).decode("ascii")}

    def do_write_transport(self, data, timeout_sec):
        if self.child is None:
            raise ServerError("TransportClosedError")
        try:
            self.child.stdin.write(base64.b85decode(data))
        except BrokenPipeError:
            raise ServerError("TransportClosedError")
        return None


def main():
    args = sys.argv[1:]
    if len(args) != 4 or args[0] != "--read-fd" or args[2] != "--write-fd":
        print(f"usage: {sys.argv[0]} --read-fd N --write-fd M", file=sys.stderr)
        return 2
    return Server(int(args[1]), int(args[3])).serve()


if __name__ == "__main__":
    sys.exit(main())
