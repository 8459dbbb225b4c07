#!/usr/bin/env python3
"""A minimal Project API client that does exactly what TVM's client does (spec sections 1-2):
os.pipe() pairs, the server launched with pass_fds, argv [python, <abs server path>,
--read-fd N, --write-fd M], cwd = the project folder, one compact JSON request per line and one
reply line per request, pipes closed to stop it.

It drives one of our templates end to end: server_info_query on the template, generate_project,
a fresh server in the generated project, build, flash, open_transport, a device-protocol HELLO
over write_transport/read_transport, optionally an inference (INPUT + RUN, checked against a
reference function), close_transport, which stops the device this server flashed (checked: its
processes are gone); `tdserver stop` only cleans up after a failure.

usage: minimal_tvm_client.py --template DIR --mlf ARCHIVE --work DIR [--option NAME=VALUE]...
                             [--check sine|npy|none] [--inputs DIR --expected DIR] [--keep]
Exit status 0 on success; 77 when the archive is missing (reported as skipped).
"""

import argparse
import base64
import json
import math
import os
import pathlib
import shutil
import struct
import subprocess
import sys
import time
import zlib

SKIP = 77


class ProjectAPIError(Exception):
    pass


class Client:
    """One server process and its two pipes."""

    def __init__(self, project_dir, debug=False):
        project_dir = pathlib.Path(project_dir).resolve()
        server_read, client_write = os.pipe()
        client_read, server_write = os.pipe()
        script = project_dir / "microtvm_api_server.py"
        argv = [sys.executable, str(script)]
        launch = project_dir / "launch_microtvm_api_server.sh"
        if launch.is_file():
            argv = [str(launch), str(script)]
        argv += ["--read-fd", str(server_read), "--write-fd", str(server_write)]
        if debug:
            argv.append("--debug")
        self.process = subprocess.Popen(
            argv, bufsize=0, pass_fds=(server_read, server_write), cwd=str(project_dir)
        )
        os.close(server_read)
        os.close(server_write)
        self.reader = os.fdopen(client_read, "rb", buffering=0)
        self.writer = os.fdopen(client_write, "wb", buffering=0)
        self.next_id = 1

    def call(self, method, **params):
        request = {"jsonrpc": "2.0", "method": method, "params": params, "id": self.next_id}
        self.next_id += 1
        self.writer.write((json.dumps(request, separators=(",", ":")) + "\n").encode("utf-8"))
        line = b""
        while not line.endswith(b"\n"):
            chunk = self.reader.read(1)
            if not chunk:
                raise ProjectAPIError(f"{method}: got EOF reading reply from API server")
            line += chunk
        reply = json.loads(line)
        if reply.get("jsonrpc") != "2.0" or reply.get("id") != request["id"]:
            raise ProjectAPIError(f"{method}: malformed reply {reply!r}")
        if "error" in reply:
            error = reply["error"]
            traceback = (error.get("data") or {}).get("traceback", "")
            raise ProjectAPIError(
                f"{method}: error {error['code']}: {error['message']}\n{traceback}"
            )
        return reply["result"]

    def shutdown(self, timeout=30):
        self.writer.close()
        self.reader.close()
        return self.process.wait(timeout=timeout)


def fill_options(info, user):
    """Like TVM's add_unspecified_options: every declared option, default when not given."""
    options = {}
    for option in info["project_options"]:
        options[option["name"]] = option["default"]
    for name, value in user.items():
        if name not in options:
            raise ProjectAPIError(f"option {name} is not declared by the template")
        options[name] = value
    return options


# -- TinyDeploy device protocol (firmware_templates/common/PROTOCOL.md) -------------------------

HELLO, INPUT, RUN = 0x01, 0x02, 0x03
HELLO_REPLY, INPUT_ACK, OUTPUT, RUN_DONE, TIMING, LOG, ERROR = (
    0x81, 0x82, 0x83, 0x84, 0x85, 0x8E, 0x8F
)


def frame(kind, seq, payload=b""):
    body = struct.pack("<BBHH", 1, kind, seq, len(payload)) + payload
    return b"TD" + body + struct.pack("<I", zlib.crc32(body) & 0xFFFFFFFF)


class FrameReader:
    def __init__(self, client):
        self.client = client
        self.buffer = b""

    def next(self, timeout=30.0):
        deadline = time.monotonic() + timeout
        while True:
            start = self.buffer.find(b"TD")
            if start > 0:
                self.buffer = self.buffer[start:]
            if start >= 0 and len(self.buffer) >= 8:
                version, kind, seq, length = struct.unpack_from("<BBHH", self.buffer, 2)
                if version == 1 and len(self.buffer) >= 12 + length:
                    body = self.buffer[2 : 8 + length]
                    (crc,) = struct.unpack_from("<I", self.buffer, 8 + length)
                    if crc == zlib.crc32(body) & 0xFFFFFFFF:
                        self.buffer = self.buffer[12 + length :]
                        return kind, seq, body[6:]
                    self.buffer = self.buffer[1:]
                    continue
                if version != 1:
                    self.buffer = self.buffer[1:]
                    continue
            if time.monotonic() > deadline:
                raise ProjectAPIError(f"no complete frame within {timeout} s: {self.buffer!r}")
            try:
                data = self.client.call("read_transport", n=256, timeout_sec=1.0)["data"]
            except ProjectAPIError as error:
                if "IoTimeoutError" in str(error):
                    continue
                raise
            self.buffer += base64.b85decode(data)


def read_string(payload, offset):
    length = payload[offset]
    return payload[offset + 1 : offset + 1 + length].decode("utf-8"), offset + 1 + length


def parse_hello(payload):
    version, flags, max_payload, cycles_hz = struct.unpack_from("<BBHI", payload, 0)
    offset = 8
    fields = {}
    for name in ("firmware", "board", "model", "entry_point"):
        fields[name], offset = read_string(payload, offset)
    (fields["workspace_bytes"],) = struct.unpack_from("<I", payload, offset)
    offset += 4
    num_inputs, num_outputs = payload[offset], payload[offset + 1]
    offset += 2
    tensors = []
    for _ in range(num_inputs + num_outputs):
        name, offset = read_string(payload, offset)
        code, bits, ndim = payload[offset], payload[offset + 1], payload[offset + 2]
        offset += 3
        shape = list(struct.unpack_from(f"<{ndim}i", payload, offset))
        offset += 4 * ndim
        (nbytes,) = struct.unpack_from("<I", payload, offset)
        offset += 4
        tensors.append({"name": name, "code": code, "bits": bits, "shape": shape, "bytes": nbytes})
    fields.update(
        protocol_version=version,
        flags=flags,
        max_payload=max_payload,
        cycles_hz=cycles_hz,
        inputs=tensors[:num_inputs],
        outputs=tensors[num_inputs:],
    )
    return fields


def run_inference(client, reader, seq, input_bytes):
    client.call(
        "write_transport",
        data=base64.b85encode(frame(INPUT, seq, struct.pack("<BxxxI", 0, 0) + input_bytes)).decode(),
        timeout_sec=10.0,
    )
    kind, reply_seq, payload = reader.next()
    if kind != INPUT_ACK or reply_seq != seq:
        raise ProjectAPIError(f"INPUT: unexpected reply {kind:#x} {payload!r}")
    seq += 1
    client.call(
        "write_transport",
        data=base64.b85encode(frame(RUN, seq, struct.pack("<I", 1))).decode(),
        timeout_sec=10.0,
    )
    output = bytearray()
    while True:
        kind, reply_seq, payload = reader.next()
        if kind == OUTPUT:
            _, offset = struct.unpack_from("<BxxxI", payload, 0)
            data = payload[8:]
            output[offset : offset + len(data)] = data
        elif kind == RUN_DONE:
            status, runs = struct.unpack_from("<iI", payload, 0)
            if status != 0:
                raise ProjectAPIError(f"RUN: model returned {status}")
            return bytes(output)
        elif kind == ERROR:
            raise ProjectAPIError(f"RUN: device error {payload!r}")
        # TIMING and LOG frames are fine.


def read_npy(path):
    """(dtype descr, raw little-endian data) of a version 1/2 .npy file."""
    raw = pathlib.Path(path).read_bytes()
    if raw[:6] != b"\x93NUMPY":
        raise ProjectAPIError(f"{path} is not a .npy file")
    if raw[6] == 1:
        (header_len,) = struct.unpack_from("<H", raw, 8)
        start = 10
    else:
        (header_len,) = struct.unpack_from("<I", raw, 8)
        start = 12
    header = raw[start : start + header_len].decode("latin-1")
    descr = header.split("'descr':")[1].split("'")[1]
    return descr, raw[start + header_len :]


def check_npy_samples(client, reader, inputs_dir, expected_dir):
    """Runs every inputs_dir/*.npy and compares the output with expected_dir/<same name>."""
    seq = 2
    samples = sorted(pathlib.Path(inputs_dir).glob("*.npy"))
    assert samples, f"no .npy inputs in {inputs_dir}"
    for sample in samples:
        _, data = read_npy(sample)
        descr, expected = read_npy(pathlib.Path(expected_dir) / sample.name)
        output = run_inference(client, reader, seq, data)
        seq += 2
        assert len(output) == len(expected), (sample.name, len(output), len(expected))
        code = descr[1:]
        fmt = {"f4": "f", "i1": "b", "u1": "B", "i4": "i"}[code]
        got = struct.unpack(f"<{len(output) // struct.calcsize(fmt)}{fmt}", output)
        want = struct.unpack(f"<{len(expected) // struct.calcsize(fmt)}{fmt}", expected)
        tolerance = [1e-4 + 1e-3 * abs(w) for w in want] if fmt == "f" else [1] * len(want)
        worst = max(abs(g - w) - t for g, w, t in zip(got, want, tolerance))
        argmax = max(range(len(got)), key=got.__getitem__)
        print(f"{sample.name}: class {argmax}, worst excess {worst:.3g}")
        assert worst <= 0, f"{sample.name}: output {got} differs from expected {want}"
        assert argmax == max(range(len(want)), key=want.__getitem__), sample.name


def device_pids(project):
    try:
        state = json.loads((project / "run" / "device.json").read_text())
    except (OSError, ValueError):
        return []
    return [state.get("supervisor_pid"), state.get("child_pid")]


def alive(pid):
    try:
        status = pathlib.Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "State:\tZ" not in status


def wait_gone(pids, timeout=60):
    """Waits until none of @p pids is alive, at most @p timeout seconds (a deadline for a busy
    machine, not a fixed wait); returns the ones still alive."""
    deadline = time.monotonic() + timeout
    while any(alive(p) for p in pids if p) and time.monotonic() < deadline:
        time.sleep(0.1)
    return [p for p in pids if p and alive(p)]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--template", required=True)
    parser.add_argument("--mlf", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--option", action="append", default=[])
    parser.add_argument("--check", choices=["sine", "npy", "none"], default="none")
    parser.add_argument("--inputs", help="--check npy: folder of input .npy files")
    parser.add_argument("--expected", help="--check npy: folder of expected output .npy files")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    args = parser.parse_args()

    mlf = pathlib.Path(args.mlf).resolve()
    if not mlf.is_file():
        print(f"SKIP: the model archive {mlf} is not there", flush=True)
        return SKIP
    user = {}
    for item in args.option:
        name, _, value = item.partition("=")
        user[name] = json.loads(value) if value[:1] in ("[", "{", '"') else value
    work = pathlib.Path(args.work).resolve()
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    project = work / "project"
    crt_dir = work / "standalone_crt"
    crt_dir.mkdir()

    pids = []
    try:
        template = Client(args.template)
        info = template.call("server_info_query", tvm_version="0.18.0")
        assert info["is_template"] is True, info
        assert info["protocol_version"] == 1, info
        assert [list(o) for o in info["project_options"]] == [
            ["name", "choices", "default", "type", "required", "optional", "help"]
        ] * len(info["project_options"])
        print(f"template {info['platform_name']}: environment {info.get('environment')}")
        options = fill_options(info, user)
        template.call(
            "generate_project",
            model_library_format_path=str(mlf),
            standalone_crt_dir=str(crt_dir),
            project_dir=str(project),
            options=options,
        )
        assert template.shutdown() == 0

        client = Client(project)
        info = client.call("server_info_query", tvm_version="0.18.0")
        assert info["is_template"] is False, info
        assert info["model_library_format_path"] == str(project / "model.tar"), info
        options = fill_options(info, user)
        client.call("build", options=options)
        flashed = client.call("flash", options=options)
        print(f"flash: {flashed}")
        assert flashed and flashed["serial_port"].startswith("/dev/"), flashed
        pids = device_pids(project)
        timeouts = client.call("open_transport", options=options)["timeouts"]
        assert set(timeouts) == {
            "session_start_retry_timeout_sec",
            "session_start_timeout_sec",
            "session_established_timeout_sec",
        }, timeouts
        reader = FrameReader(client)
        client.call(
            "write_transport", data=base64.b85encode(frame(HELLO, 1)).decode(), timeout_sec=10.0
        )
        kind, seq, payload = reader.next()
        assert kind == HELLO_REPLY and seq == 1, (kind, seq, payload)
        hello = parse_hello(payload)
        print(f"HELLO_REPLY: {json.dumps(hello)}")
        assert hello["protocol_version"] == 1

        if args.check == "sine":
            assert hello["inputs"][0]["bytes"] == 4 and hello["outputs"][0]["bytes"] == 4, hello
            seq = 2
            worst = 0.0
            for x in (0.5, 1.5, 3.0, 4.5, 6.0):
                output = run_inference(client, reader, seq, struct.pack("<f", x))
                seq += 2
                (y,) = struct.unpack("<f", output)
                print(f"sine({x}) = {y:.4f} (math.sin: {math.sin(x):.4f})")
                worst = max(worst, abs(y - math.sin(x)))
            assert worst < 0.15, f"model output too far from sin(x): {worst}"
        elif args.check == "npy":
            check_npy_samples(client, reader, args.inputs, args.expected)

        client.call("close_transport")
        # The device lifetime rule (firmware_templates/README.md): this server flashed the
        # device and opened the transport on it, so the device ended with the session.
        left = wait_gone(pids)
        assert not left, f"device processes still running after close_transport: {left}"
        assert not (project / "run" / "device.json").exists(), "device record left"
        assert client.shutdown() == 0
    finally:
        subprocess.run(
            [sys.executable, "-m", "tdserver", "stop", str(project)],
            cwd=str(project) if project.is_dir() else str(work),
            check=False,
        )
    left = wait_gone(pids)
    assert not left, f"device processes still running: {left}"
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
