#!/usr/bin/env python3
"""A small microTVM RPC client for tests (Python standard library only), written from
../shared/docs/microtvm-rpc-spec.md: framing (§1), session handshake (§2), minRPC packets (§3),
the device-side graph executor (§4.2) and runtime.RPCTimeEvaluator (§4.5). It sends what TVM's
own host sends (booleans as integers, minified graph JSON, copies chunked by
GetCRTMaxPacketSize), so it also shows that TVM's Python host could drive our host-driven
projects.

It drives a template end to end: generate (project_type=host_driven) -> build -> flash ->
open_transport (or the serial port itself, --direct) -> graph executor -> every sample in
--inputs compared with --expected (int8 bit-exact, float within 1e-5) -> time evaluator ->
close_transport; then it stops the device and checks that nothing is left running. With
--faults it also writes garbage before the handshake and between calls, then a message longer
than the device's receive buffer, and expects the device to reset and work again.

usage: microtvm_rpc_client.py --template DIR --mlf ARCHIVE --work DIR --crt DIR
                              --inputs DIR --expected DIR [--option NAME=VALUE]... [--direct]
                              [--faults]
Exit status 0 on success; 77 when the archive or the CRT is missing (reported as skipped).
"""

import argparse
import base64
import binascii
import json
import os
import pathlib
import select
import shutil
import struct
import subprocess
import sys
import termios
import time
import tty

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from minimal_tvm_client import SKIP, Client, ProjectAPIError, alive, device_pids, fill_options, read_npy  # noqa: E402

REPLY_TIMEOUT_SEC = 20.0


class RpcError(Exception):
    pass


class DeviceReset(RpcError):
    pass


# -- transports ---------------------------------------------------------------------------------


class ProjectApiTransport:
    """The bytes through open_transport / read_transport / write_transport (Base85)."""

    def __init__(self, client):
        self.client = client

    def write(self, data):
        self.client.call("write_transport", data=base64.b85encode(data).decode(), timeout_sec=10.0)

    def read(self, n, timeout):
        try:
            result = self.client.call("read_transport", n=n, timeout_sec=timeout)
        except ProjectAPIError as error:
            if "IoTimeoutError" in str(error) or "-32002" in str(error):
                return b""
            raise
        return base64.b85decode(result["data"])


class SerialTransport:
    """The direct path: the serial port the project remembers (a pty here), in raw mode."""

    def __init__(self, path):
        self.fd = os.open(path, os.O_RDWR | os.O_NOCTTY | os.O_NONBLOCK)
        tty.setraw(self.fd, termios.TCSANOW)

    def write(self, data):
        while data:
            _, writable, _ = select.select([], [self.fd], [], 10.0)
            if not writable:
                raise RpcError("the serial port does not take data")
            data = data[os.write(self.fd, data):]

    def read(self, n, timeout):
        readable, _, _ = select.select([self.fd], [], [], timeout)
        if not readable:
            return b""
        return os.read(self.fd, n)

    def close(self):
        os.close(self.fd)


# -- framing (§1) ---------------------------------------------------------------------------------


def escape(data):
    return data.replace(b"\xff", b"\xff\xff")


def frame(payload, first=False):
    """[FE] FF FD esc(len u32) esc(payload) esc(crc16 over the escaped bytes from FF FD)."""
    body = b"\xff\xfd" + escape(struct.pack("<I", len(payload))) + escape(payload)
    crc = binascii.crc_hqx(body, 0xFFFF)
    return (b"\xfe" if first else b"") + body + escape(struct.pack("<H", crc))


class Unframer:
    """Byte-level receiver: hunts for FF FD, unescapes, checks the CRC; the payload buffer is
    cleared at every FF FD (unlike the device's, spec §1.2)."""

    def __init__(self):
        self.frames = []
        self.bad_crc = 0
        self._reset()

    def _reset(self):
        self.state = "hunt"
        self.escape = False
        self.wire = bytearray()
        self.field = bytearray()
        self.length = None
        self.payload = bytearray()

    def feed(self, data):
        for byte in data:
            self._byte(byte)

    def _byte(self, byte):
        if self.state == "hunt":
            if self.escape:
                self.escape = False
                if byte == 0xFD:
                    self._start()
            elif byte == 0xFF:
                self.escape = True
            return
        if self.escape:
            self.escape = False
            if byte == 0xFD:
                self._start()
                return
            if byte == 0xFE:
                return
            if byte != 0xFF:
                self._reset()
                return
            self._data(0xFF, b"\xff\xff")
        elif byte == 0xFF:
            self.escape = True
        else:
            self._data(byte, bytes([byte]))

    def _start(self):
        self._reset()
        self.state = "length"
        self.wire = bytearray(b"\xff\xfd")

    def _data(self, value, raw):
        if self.state != "crc":
            self.wire += raw
        self.field.append(value)
        if self.state == "length" and len(self.field) == 4:
            self.length = struct.unpack("<I", self.field)[0]
            self.field = bytearray()
            self.state = "payload" if self.length else "crc"
        elif self.state == "payload" and len(self.field) == self.length:
            self.payload = bytes(self.field)
            self.field = bytearray()
            self.state = "crc"
        elif self.state == "crc" and len(self.field) == 2:
            crc = struct.unpack("<H", self.field)[0]
            if crc == binascii.crc_hqx(bytes(self.wire), 0xFFFF):
                self.frames.append(bytes(self.payload) if self.length else b"")
            else:
                self.bad_crc += 1
            self._reset()


# -- session (§2) ---------------------------------------------------------------------------------

START_INIT, START_REPLY, TERMINATE, LOG, NORMAL = 0x00, 0x01, 0x02, 0x03, 0x10


def next_nonce(n):
    n = (((n << 5) | (n >> 5)) + 1) & 0xFF
    return n or 1


class Session:
    def __init__(self, transport, log=print):
        self.transport = transport
        self.unframer = Unframer()
        self.log = log
        self.nonce = (int(time.time() * 1000) & 0xFF) or 1
        self.session_id = None
        self.first = True
        self.device_logs = []

    def _send(self, session_id, kind, body=b""):
        self.transport.write(frame(struct.pack("<HB", session_id, kind) + body, self.first))
        self.first = False

    def _next_frame(self, timeout, what):
        deadline = time.monotonic() + timeout
        while not self.unframer.frames:
            left = deadline - time.monotonic()
            if left <= 0:
                raise RpcError(f"no reply to {what} within {timeout:.0f} s")
            if self.unframer.bad_crc:
                raise RpcError(f"a frame with a bad CRC arrived while waiting for {what}")
            self.unframer.feed(self.transport.read(4096, min(left, 1.0)))
        return self.unframer.frames.pop(0)

    def start(self, timeout=REPLY_TIMEOUT_SEC):
        """Terminate + StartSessionInit; retried with a fresh nonce every 2 s until timeout."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self._send(0, TERMINATE)
            self.nonce = next_nonce(self.nonce)
            self._send(self.nonce, START_INIT, b"\x01")
            try_until = min(deadline, time.monotonic() + 2.0)
            while time.monotonic() < try_until:
                try:
                    payload = self._next_frame(try_until - time.monotonic(), "StartSessionInit")
                except RpcError:
                    break
                session_id, kind = struct.unpack_from("<HB", payload)
                if kind == LOG:
                    self._device_log(payload[3:])
                elif (kind == START_REPLY and (session_id & 0xFF) == self.nonce
                      and session_id >> 8 and payload[3:4] == b"\x01"):
                    self.session_id = session_id
                    return session_id
        raise RpcError(f"the session handshake failed within {timeout:.0f} s")

    def _device_log(self, text):
        line = text.decode("utf-8", "replace")
        self.device_logs.append(line)
        self.log(f"remote: {line}")

    def send(self, packet):
        self._send(self.session_id, NORMAL, packet)

    def receive(self, what, timeout=REPLY_TIMEOUT_SEC):
        while True:
            payload = self._next_frame(timeout, what)
            session_id, kind = struct.unpack_from("<HB", payload)
            if kind == LOG:
                self._device_log(payload[3:])
            elif kind == TERMINATE:
                raise DeviceReset(f"the device reset while waiting for {what}")
            elif kind == NORMAL and session_id == self.session_id:
                return payload[3:]


# -- minRPC (§3) ------------------------------------------------------------------------------------

K_SHUTDOWN, K_CALL, K_RETURN, K_EXCEPTION = 1, 3, 4, 5
K_COPY_FROM, K_COPY_TO, K_COPY_ACK, K_GET_GLOBAL, K_FREE = 6, 7, 8, 9, 10
T_INT, T_FLOAT, T_HANDLE, T_NULL, T_TENSOR, T_MODULE, T_FUNC, T_STR, T_BYTES = (
    0, 2, 3, 4, 7, 9, 10, 11, 12
)


class Tensor:
    def __init__(self, data, ndim, dtype, shape, byte_offset=0):
        self.data, self.ndim, self.dtype, self.shape, self.byte_offset = (
            data, ndim, dtype, shape, byte_offset
        )

    def encode(self, byte_offset=None):
        offset = self.byte_offset if byte_offset is None else byte_offset
        return (struct.pack("<QiiiBBH", self.data, 1, 0, self.ndim, *self.dtype)
                + struct.pack(f"<{self.ndim}q", *self.shape) + struct.pack("<Q", offset))

    def nbytes(self):
        count = 1
        for dim in self.shape:
            count *= dim
        return count * ((self.dtype[1] * self.dtype[2] + 7) // 8)


def decode_tensor(buf, offset):
    data, _, _, ndim, code, bits, lanes = struct.unpack_from("<QiiiBBH", buf, offset)
    offset += 24
    shape = list(struct.unpack_from(f"<{ndim}q", buf, offset))
    offset += 8 * ndim
    (byte_offset,) = struct.unpack_from("<Q", buf, offset)
    return Tensor(data, ndim, (code, bits, lanes), shape, byte_offset), offset + 8


def encode_args(args):
    """args: [(type_code, value)] -> packed sequence."""
    codes = struct.pack("<i", len(args)) + b"".join(struct.pack("<i", c) for c, _ in args)
    values = b""
    for code, value in args:
        if code == T_INT:
            values += struct.pack("<q", value)
        elif code == T_FLOAT:
            values += struct.pack("<d", value)
        elif code in (T_HANDLE, T_MODULE, T_FUNC):
            values += struct.pack("<Q", value)
        elif code == T_NULL:
            pass
        elif code in (T_STR, T_BYTES):
            raw = value.encode() if isinstance(value, str) else value
            values += struct.pack("<Q", len(raw)) + raw
        elif code == T_TENSOR:
            values += value.encode()
        else:
            raise ValueError(f"type code {code} not supported")
    return codes + values


def decode_args(buf, offset=0):
    (count,) = struct.unpack_from("<i", buf, offset)
    offset += 4
    codes = list(struct.unpack_from(f"<{count}i", buf, offset))
    offset += 4 * count
    values = []
    for code in codes:
        if code in (T_INT, 1):
            values.append(struct.unpack_from("<q", buf, offset)[0])
            offset += 8
        elif code == T_FLOAT:
            values.append(struct.unpack_from("<d", buf, offset)[0])
            offset += 8
        elif code in (T_HANDLE, T_MODULE, T_FUNC):
            values.append(struct.unpack_from("<Q", buf, offset)[0])
            offset += 8
        elif code == T_NULL:
            values.append(None)
        elif code in (T_STR, T_BYTES):
            (length,) = struct.unpack_from("<Q", buf, offset)
            values.append(buf[offset + 8:offset + 8 + length])
            offset += 8 + length
        elif code == T_TENSOR:
            tensor, offset = decode_tensor(buf, offset)
            values.append(tensor)
        else:
            raise RpcError(f"reply with unknown type code {code}")
    return codes, values


class RpcClient:
    def __init__(self, session):
        self.session = session
        self.max_packet = None

    def _exchange(self, code, body, what, expect=K_RETURN):
        packet = struct.pack("<i", code) + body
        packet = struct.pack("<Q", len(packet)) + packet
        if self.max_packet is not None and len(packet) - 8 > self.max_packet:
            raise RpcError(f"{what}: {len(packet) - 8} bytes exceed the device's packet limit "
                           f"{self.max_packet} (raise TVM_CRT_MAX_PACKET_SIZE_BYTES)")
        self.session.send(packet)
        reply = self.session.receive(what)
        (length, reply_code) = struct.unpack_from("<Qi", reply)
        if reply_code == K_EXCEPTION:
            _, values = decode_args(reply, 12)
            raise RpcError(f"{what}: device exception {values[0].decode(errors='replace')!r}")
        if reply_code != expect:
            raise RpcError(f"{what}: unexpected reply code {reply_code}")
        return reply[12:]

    def syscall(self, code, args, what):
        return decode_args(self._exchange(code, encode_args(args), what))

    def get_global(self, name):
        _, values = self.syscall(K_GET_GLOBAL, [(T_STR, name)], f"GetGlobalFunc({name})")
        if not values or not values[0]:
            raise RpcError(f"the device has no global function {name}")
        return values[0]

    def call(self, handle, args, what):
        codes, values = decode_args(
            self._exchange(K_CALL, struct.pack("<Q", handle) + encode_args(args), what))
        if len(values) >= 2:
            return values[0], values[1:]  # real type code, value(s)
        return T_NULL, []

    def free(self, handle, type_code):
        self.syscall(K_FREE, [(T_HANDLE, handle), (T_INT, type_code)], "FreeHandle")

    def copy_to(self, tensor, data):
        overhead = 4 + 8 + 8 + 4 + 4 + 8 + 8 * tensor.ndim + 8
        block = self.max_packet - overhead
        for offset in range(0, len(data), block):
            chunk = data[offset:offset + block]
            body = tensor.encode(offset) + struct.pack("<Q", len(chunk)) + chunk
            self._exchange(K_COPY_TO, body, "CopyToRemote")

    def copy_from(self, tensor, nbytes):
        overhead = 4 + 8 + 8 + 4 + 4 + 8 + 8 * tensor.ndim + 8
        block = self.max_packet - overhead
        out = b""
        for offset in range(0, nbytes, block):
            size = min(block, nbytes - offset)
            body = tensor.encode(offset) + struct.pack("<Q", size)
            packet = struct.pack("<i", K_COPY_FROM) + body
            self.session.send(struct.pack("<Q", len(packet)) + packet)
            reply = self.session.receive("CopyFromRemote")
            (_, code) = struct.unpack_from("<Qi", reply)
            if code != K_COPY_ACK:
                raise RpcError(f"CopyFromRemote: reply code {code}")
            out += reply[12:12 + size]
        return out

    def shutdown(self):
        packet = struct.pack("<i", K_SHUTDOWN)
        self.session.send(struct.pack("<Q", len(packet)) + packet)


# -- the model (§4) --------------------------------------------------------------------------------


class GraphExecutor:
    def __init__(self, rpc, graph_json):
        self.rpc = rpc
        syslib_create = rpc.get_global("runtime.SystemLib")
        _, (self.syslib,) = rpc.call(syslib_create, [], "runtime.SystemLib")
        max_packet = rpc.get_global("tvm.rpc.server.GetCRTMaxPacketSize")
        _, (rpc.max_packet,) = rpc.call(max_packet, [], "GetCRTMaxPacketSize")
        minified = json.dumps(json.loads(graph_json), separators=(",", ":"))
        create = rpc.get_global("tvm.graph_executor.create")
        _, (self.module,) = rpc.call(
            create, [(T_STR, minified), (T_MODULE, self.syslib), (T_INT, 1), (T_INT, 0)],
            "tvm.graph_executor.create")
        get_function = rpc.get_global("tvm.rpc.server.ModuleGetFunction")
        self.functions = {}
        for name in ("get_input", "run", "get_output"):
            _, (handle,) = rpc.call(
                get_function, [(T_MODULE, self.module), (T_STR, name), (T_INT, 0)],
                f"ModuleGetFunction({name})")
            if not handle:
                raise RpcError(f"the graph executor has no function {name}")
            self.functions[name] = handle

    def infer(self, input_name, data, out_index=0):
        _, (tensor, handle) = self.rpc.call(
            self.functions["get_input"], [(T_STR, input_name)], f"get_input({input_name})")
        if tensor.nbytes() != len(data):
            raise RpcError(f"input {input_name}: the device wants {tensor.nbytes()} bytes, "
                           f"the sample has {len(data)}")
        self.rpc.copy_to(tensor, data)
        self.rpc.free(handle, 13)
        self.rpc.call(self.functions["run"], [], "run")
        _, (tensor, handle) = self.rpc.call(
            self.functions["get_output"], [(T_INT, out_index)], "get_output")
        out = self.rpc.copy_from(tensor, tensor.nbytes())
        self.rpc.free(handle, 13)
        return out, tensor

    def time_run(self, number=10, repeat=3):
        """runtime.RPCTimeEvaluator on "run": 12 arguments (TVM 0.19), 11 for older CRTs."""
        evaluator = self.rpc.get_global("runtime.RPCTimeEvaluator")
        base = [(T_MODULE, self.module), (T_STR, "run"), (T_INT, 1), (T_INT, 0),
                (T_INT, number), (T_INT, repeat), (T_INT, 0), (T_INT, 100), (T_INT, 0),
                (T_INT, 1)]
        try:
            _, (timer,) = self.rpc.call(evaluator, base + [(T_INT, 0), (T_STR, "")],
                                        "RPCTimeEvaluator(12 args)")
        except RpcError:
            _, (timer,) = self.rpc.call(evaluator, base + [(T_STR, "")],
                                        "RPCTimeEvaluator(11 args)")
        code, values = self.rpc.call(timer, [], "time evaluator")
        blob = values[0]
        return list(struct.unpack(f"<{len(blob) // 8}d", blob))


def check_samples(executor, input_name, inputs_dir, expected_dir):
    """Every inputs_dir/*.npy through the device; int8 must equal expected_dir/<name> bit for
    bit, float32 within 1e-5 relative."""
    names = sorted(p.name for p in pathlib.Path(inputs_dir).glob("*.npy"))
    assert names, f"no .npy files in {inputs_dir}"
    for name in names:
        _, in_data = read_npy(pathlib.Path(inputs_dir) / name)
        descr, expected = read_npy(pathlib.Path(expected_dir) / name)
        got, _ = executor.infer(input_name, in_data)
        fmt = {"f4": "f", "i1": "b", "u1": "B", "i4": "i"}[descr[1:]]
        count = len(expected) // struct.calcsize(fmt)
        assert len(got) == len(expected), (name, len(got), len(expected))
        want = struct.unpack(f"<{count}{fmt}", expected)
        have = struct.unpack(f"<{count}{fmt}", got)
        if fmt == "f":
            worst = max(abs(a - b) / max(abs(b), 1e-30) for a, b in zip(have, want))
            assert all(abs(a - b) <= 1e-5 * abs(b) + 1e-7 for a, b in zip(have, want)), (
                name, have, want)
            print(f"{name}: class {have.index(max(have))}, worst relative difference {worst:.2e}")
        else:
            assert have == want, (name, have, want)
            print(f"{name}: class {have.index(max(have))}, bit-exact")


def graph_input_name(graph_json, params):
    graph = json.loads(graph_json)
    for index in graph["arg_nodes"]:
        name = graph["nodes"][index]["name"]
        if name not in params:
            return name
    raise RpcError("the graph has no input")


NOISE = b"boot noise \x00\x01\xfd\xfe printf from the device\r\n" * 4  # no FF FD in it


def reset_fault(transport, session, graph_json, params, inputs, expected):
    """A message longer than the device's receive buffer: the device aborts and resets itself
    (qemu-cortex-m), says so with kTerminateSession, and works again after a new handshake."""
    session.send(b"\x00" * 2100)
    try:
        session.receive("the oversized message", timeout=REPLY_TIMEOUT_SEC)
        raise RpcError("the device answered a message longer than its receive buffer")
    except DeviceReset:
        print("oversized message: the device reset, as it should")
    session = Session(transport)
    print(f"new session after the reset: id {session.start():#06x}")
    rpc = RpcClient(session)
    executor = GraphExecutor(rpc, graph_json)
    check_samples(executor, graph_input_name(graph_json, params), inputs, expected)
    return rpc, executor


def run_session(transport, graph_json, params, inputs, expected, faults=False):
    session = Session(transport)
    if faults:
        transport.write(NOISE)  # garbage before the handshake is skipped by the unframer
    session_id = session.start()
    print(f"session established: id {session_id:#06x}")
    rpc = RpcClient(session)
    executor = GraphExecutor(rpc, graph_json)
    print(f"graph executor created: module {executor.module:#x}, device packet limit "
          f"{rpc.max_packet} bytes")
    check_samples(executor, graph_input_name(graph_json, params), inputs, expected)
    if faults:
        transport.write(NOISE)  # garbage between two calls
        check_samples(executor, graph_input_name(graph_json, params), inputs, expected)
        print("garbage on the line: ignored")
        rpc, executor = reset_fault(transport, session, graph_json, params, inputs, expected)
    times = executor.time_run()
    assert times and all(t >= 0 for t in times), times
    print("time evaluator, mean seconds per run: " + ", ".join(f"{t:.3e}" for t in times))
    rpc.shutdown()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--template", required=True)
    parser.add_argument("--mlf", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--crt", required=True, help="TVM's standalone CRT folder")
    parser.add_argument("--inputs", required=True)
    parser.add_argument("--expected", required=True)
    parser.add_argument("--option", action="append", default=[])
    parser.add_argument("--direct", action="store_true",
                        help="talk to the serial port flash returned, not open_transport")
    parser.add_argument("--faults", action="store_true",
                        help="also garbage on the line and a device reset (qemu-cortex-m)")
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args()

    mlf = pathlib.Path(args.mlf).resolve()
    crt = pathlib.Path(args.crt).resolve()
    for needed in (mlf, crt):
        if not needed.exists():
            print(f"SKIP: {needed} is not there", flush=True)
            return SKIP
    user = {"project_type": "host_driven"}
    for item in args.option:
        name, _, value = item.partition("=")
        user[name] = value
    work = pathlib.Path(args.work).resolve()
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    project = work / "project"
    pids = []
    try:
        template = Client(args.template)
        info = template.call("server_info_query", tvm_version="0.18.0")
        template.call("generate_project", model_library_format_path=str(mlf),
                      standalone_crt_dir=str(crt), project_dir=str(project),
                      options=fill_options(info, user))
        assert template.shutdown() == 0
        settings = json.loads((project / "project.json").read_text())
        assert settings["project_type"] == "host_driven", settings
        graph_json = (project / settings["model"]["graph"]).read_text()
        params = [p for p in json.loads(graph_json)["nodes"] if p["op"] == "null"]
        params = {p["name"] for p in params} - {i["name"] for i in settings["model"]["inputs"]}

        client = Client(project)
        info = client.call("server_info_query", tvm_version="0.18.0")
        options = fill_options(info, user)
        client.call("build", options=options)
        flashed = client.call("flash", options=options)
        print(f"flash: {flashed}")
        assert flashed["project_type"] == "host_driven", flashed
        pids = device_pids(project)
        if args.direct:
            transport = SerialTransport(flashed["serial_port"])
            try:
                run_session(transport, graph_json, params, args.inputs, args.expected,
                            args.faults)
            finally:
                transport.close()
        else:
            timeouts = client.call("open_transport", options=options)["timeouts"]
            print(f"open_transport: {timeouts}")
            pids += device_pids(project)
            run_session(ProjectApiTransport(client), graph_json, params, args.inputs,
                        args.expected, args.faults)
            client.call("close_transport")
        assert client.shutdown() == 0
    finally:
        subprocess.run([sys.executable, "-m", "tdserver", "stop", str(project)],
                       cwd=str(project) if project.is_dir() else str(work), check=False)
    deadline = time.monotonic() + 5
    while any(alive(p) for p in pids if p) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = [p for p in pids if p and alive(p)]
    assert not left, f"device processes still running: {left}"
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
