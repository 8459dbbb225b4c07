#!/usr/bin/env python3
"""Generates the shared test vectors of the TinyDeploy device protocol (version 1).

Writes, beside this script:
  device-protocol-vectors.json  read by the C++ tests (tst_framecodec, tst_devicemessages)
  device-protocol-vectors.h     the same vectors as C arrays, for tests/auto/device_runtime_c

Both files are committed; run this script again after changing the protocol and commit the
result. The layout follows firmware_templates/common/PROTOCOL.md; only the Python standard
library is used (zlib.crc32 is the protocol's CRC-32).
"""

import json
import os
import struct
import zlib

MAGIC = b"TD"
VERSION = 1
OVERHEAD = 12

TYPES = {
    "HELLO": 0x01,
    "INPUT": 0x02,
    "RUN": 0x03,
    "PING": 0x04,
    "HELLO_REPLY": 0x81,
    "INPUT_ACK": 0x82,
    "OUTPUT": 0x83,
    "RUN_DONE": 0x84,
    "TIMING": 0x85,
    "PONG": 0x86,
    "LOG": 0x8E,
    "ERROR": 0x8F,
}

ERRORS = {
    "BAD_CRC": 1,
    "UNKNOWN_TYPE": 2,
    "BAD_PAYLOAD": 3,
    "BAD_TENSOR": 4,
    "OUT_OF_RANGE": 5,
    "BAD_RUNS": 6,
    "MODEL_FAILED": 7,
    "INIT_FAILED": 8,
    "TRUNCATED": 9,
}

DTYPES = {"int": 0, "uint": 1, "float": 2, "bfloat": 4}


def frame(type_code, seq, payload, version=VERSION, crc_xor=0):
    body = struct.pack("<BBHH", version, type_code, seq, len(payload)) + payload
    crc = (zlib.crc32(body) & 0xFFFFFFFF) ^ crc_xor
    return MAGIC + body + struct.pack("<I", crc)


def string(text):
    data = text.encode("utf-8")
    assert len(data) <= 255
    return struct.pack("<B", len(data)) + data


def dtype_fields(dtype):
    for prefix in ("bfloat", "float", "uint", "int"):
        if dtype.startswith(prefix):
            return DTYPES[prefix], int(dtype[len(prefix):])
    raise ValueError(dtype)


def tensor(t):
    code, bits = dtype_fields(t["dtype"])
    out = string(t["name"]) + struct.pack("<BBB", code, bits, len(t["shape"]))
    for d in t["shape"]:
        out += struct.pack("<i", d)
    return out + struct.pack("<I", t["bytes"])


def hello_reply(f):
    out = struct.pack("<BBHI", f["protocol_version"], f["flags"], f["max_payload"], f["cycles_hz"])
    for key in ("firmware", "board", "model", "entry_point"):
        out += string(f[key])
    out += struct.pack("<IBB", f["workspace_bytes"], len(f["inputs"]), len(f["outputs"]))
    for t in f["inputs"] + f["outputs"]:
        out += tensor(t)
    return out


def chunk(f):
    return struct.pack("<BxxxI", f["tensor"], f["offset"]) + bytes.fromhex(f["data"])


def timing(f):
    out = struct.pack("<IHH", f["first_run"], len(f["runs"]), 0)
    for r in f["runs"]:
        out += struct.pack("<QI", r["cycles"], r["microseconds"])
    return out


def error(f):
    return struct.pack("<HH", ERRORS[f["code"]], 0) + f["message"].encode("utf-8")


def floats(*values):
    return struct.pack("<%df" % len(values), *values).hex()


# The fake model of tests/fakes/fake_model_glue.c (default configuration) on the POSIX
# platform with TD_MAX_PAYLOAD=4096: the HELLO_REPLY the C runner must produce byte for byte.
FAKE_HELLO = {
    "protocol_version": 1,
    "flags": 0,
    "max_payload": 4096,
    "cycles_hz": 0,
    "firmware": "tinydeploy-runner 0.1.0",
    "board": "host",
    "model": "fake",
    "entry_point": "fake_model_run",
    "workspace_bytes": 0,
    "inputs": [{"name": "input", "dtype": "float32", "shape": [1, 4], "bytes": 16}],
    "outputs": [{"name": "output", "dtype": "float32", "shape": [1, 4], "bytes": 16}],
}

QEMU_HELLO = {
    "protocol_version": 1,
    "flags": 3,
    "max_payload": 1024,
    "cycles_hz": 25000000,
    "firmware": "tinydeploy-runner 0.1.0",
    "board": "mps2-an385",
    "model": "default",
    "entry_point": "tvmgen_default_run",
    "workspace_bytes": 2048,
    "inputs": [
        {"name": "serving_default_input_1:0", "dtype": "int8", "shape": [1, 49, 10, 1], "bytes": 490},
        {"name": "scale", "dtype": "float16", "shape": [], "bytes": 2},
    ],
    "outputs": [{"name": "Identity:0", "dtype": "uint8", "shape": [1, 12], "bytes": 12}],
}

# Example frames: one or more per message type, with their decoded fields.
EXAMPLES = [
    ("hello", "HELLO", 1, {}, b""),
    ("input", "INPUT", 2, {"tensor": 0, "offset": 0, "data": floats(1.0, 2.0, 3.0, 4.0)}, chunk),
    ("input_offset", "INPUT", 3, {"tensor": 1, "offset": 4088, "data": "0102"}, chunk),
    ("run", "RUN", 4, {"runs": 10}, lambda f: struct.pack("<I", f["runs"])),
    ("ping", "PING", 5, {"data": "616263"}, lambda f: bytes.fromhex(f["data"])),
    ("hello_reply", "HELLO_REPLY", 1, FAKE_HELLO, hello_reply),
    ("hello_reply_qemu", "HELLO_REPLY", 7, QEMU_HELLO, hello_reply),
    ("input_ack", "INPUT_ACK", 2, {"tensor": 0, "bytes_received": 16},
     lambda f: struct.pack("<BxxxI", f["tensor"], f["bytes_received"])),
    ("output", "OUTPUT", 4, {"tensor": 0, "offset": 0, "data": floats(3.0, 5.0, 7.0, 9.0)}, chunk),
    ("run_done", "RUN_DONE", 4, {"status": 0, "runs_completed": 10},
     lambda f: struct.pack("<iI", f["status"], f["runs_completed"])),
    ("run_done_failed", "RUN_DONE", 4, {"status": -3, "runs_completed": 0},
     lambda f: struct.pack("<iI", f["status"], f["runs_completed"])),
    ("timing", "TIMING", 4, {"first_run": 0, "runs": [
        {"cycles": 123456, "microseconds": 4938},
        {"cycles": 5000000000, "microseconds": 200000000}]}, timing),
    ("timing_host", "TIMING", 4, {"first_run": 85, "runs": [{"cycles": 0, "microseconds": 17}]}, timing),
    ("pong", "PONG", 5, {"data": "616263"}, lambda f: bytes.fromhex(f["data"])),
    ("log", "LOG", 0, {"text": "model init ok \u00b5s"}, lambda f: f["text"].encode("utf-8")),
    ("error", "ERROR", 2, {"code": "OUT_OF_RANGE", "message": "input 0: 12 + 8 bytes exceed 16"}, error),
]


def build_examples():
    out = []
    for name, type_name, seq, fields, encoder in EXAMPLES:
        payload = encoder if isinstance(encoder, bytes) else encoder(fields)
        out.append({
            "name": name,
            "type_name": type_name,
            "type": TYPES[type_name],
            "seq": seq,
            "fields": fields,
            "payload": payload.hex(),
            "frame": frame(TYPES[type_name], seq, payload).hex(),
        })
    return out


def decoder_cases():
    hello = frame(TYPES["HELLO"], 1, b"")
    run = frame(TYPES["RUN"], 9, struct.pack("<I", 3))
    log = frame(TYPES["LOG"], 0, b"hi")
    bad_crc = frame(TYPES["PING"], 3, b"xyz", crc_xor=0x1)
    oversized = MAGIC + struct.pack("<BBHH", 1, TYPES["INPUT"], 2, 5000)
    wrong_version = frame(TYPES["HELLO"], 1, b"", version=2)
    garbage = bytes([0x00, 0xFF, 0x54, 0x13, 0x54, 0x54, 0x44, 0x07, 0x0D, 0x0A])
    max_frame = frame(TYPES["OUTPUT"], 2, bytes(range(256)) * 4)
    over_max = frame(TYPES["OUTPUT"], 2, bytes(1025))

    def f(raw):
        type_code, seq, length = raw[3], struct.unpack_from("<H", raw, 4)[0], struct.unpack_from("<H", raw, 6)[0]
        return {"type": type_code, "seq": seq, "payload": raw[8:8 + length].hex()}

    cases = [
        ("empty", b"", []),
        ("single_frame", hello, [hello]),
        ("garbage_before_frame", garbage + run, [run]),
        ("only_garbage", garbage, []),
        ("two_frames_back_to_back", hello + run, [hello, run]),
        ("incomplete_header", run[:5], []),
        ("incomplete_payload", run[:-1], []),
        ("trailing_partial_frame", hello + run[:3], [hello]),
        ("bad_crc_then_good_frame", bad_crc + log, [log]),
        ("oversized_length_then_good_frame", oversized + hello, [hello]),
        ("wrong_version_then_good_frame", wrong_version + run, [run]),
        ("lone_magic_byte_at_end", hello + b"T", [hello]),
        ("max_payload_frame", max_frame, [max_frame]),
        ("frame_over_max_payload", over_max + log, [log]),
    ]
    out = []
    for name, stream, expected in cases:
        frames, crc_errors, dropped, buffered = reference_decode(stream, 1024)
        # The reference decoder must agree with what each case was written to show.
        assert frames == [f(raw) for raw in expected], name
        out.append({"name": name, "max_payload": 1024, "stream": stream.hex(), "frames": frames,
                    "crc_errors": crc_errors, "dropped_bytes": dropped, "buffered": buffered})
    return out


def reference_decode(stream, max_payload):
    """The receiving algorithm of PROTOCOL.md: every header field is checked as soon as its
    bytes are there; a rejected candidate loses its first byte and the rest is rescanned."""
    pos, frames, crc_errors, dropped = 0, [], 0, 0
    while pos < len(stream):
        n = len(stream) - pos
        if stream[pos] != 0x54 or (n >= 2 and stream[pos + 1] != 0x44) \
                or (n >= 3 and stream[pos + 2] != VERSION) \
                or (n >= 8 and struct.unpack_from("<H", stream, pos + 6)[0] > max_payload):
            pos += 1
            dropped += 1
            continue
        if n < 8:
            break
        length = struct.unpack_from("<H", stream, pos + 6)[0]
        if n < OVERHEAD + length:
            break
        body = stream[pos + 2:pos + 8 + length]
        if zlib.crc32(body) & 0xFFFFFFFF != struct.unpack_from("<I", stream, pos + 8 + length)[0]:
            crc_errors += 1
            pos += 1
            dropped += 1
            continue
        frames.append({"type": stream[pos + 3], "seq": struct.unpack_from("<H", stream, pos + 4)[0],
                       "payload": body[6:].hex()})
        pos += OVERHEAD + length
    return frames, crc_errors, dropped, len(stream) - pos


def err(seq, code, message):
    return frame(TYPES["ERROR"], seq, error({"code": code, "message": message}))


def exchanges():
    """Requests to the C runner (fake model, POSIX platform, TD_MAX_PAYLOAD=4096) and the exact
    frames it must answer with."""
    inp = lambda seq, t, off, data: frame(TYPES["INPUT"], seq, struct.pack("<BxxxI", t, off) + data)
    ack = lambda seq, t, n: frame(TYPES["INPUT_ACK"], seq, struct.pack("<BxxxI", t, n))
    bad_crc = bytearray(frame(TYPES["PING"], 12, b"xyz"))
    bad_crc[-1] ^= 0x80
    rows = [
        ("hello", frame(TYPES["HELLO"], 1, b""), frame(TYPES["HELLO_REPLY"], 1, hello_reply(FAKE_HELLO))),
        ("ping", frame(TYPES["PING"], 2, b"abc"), frame(TYPES["PONG"], 2, b"abc")),
        ("input", inp(3, 0, 0, bytes.fromhex(floats(1.0, 2.0, 3.0, 4.0))), ack(3, 0, 16)),
        ("input_tail", inp(4, 0, 12, b"\x00\x00\x80\x40"), ack(4, 0, 16)),
        ("input_out_of_range", inp(5, 0, 12, bytes(8)), err(5, "OUT_OF_RANGE", "input 0: 12 + 8 bytes exceed 16")),
        ("input_huge_offset", inp(6, 0, 0xFFFFFFFF, b"\x01"),
         err(6, "OUT_OF_RANGE", "input 0: 4294967295 + 1 bytes exceed 16")),
        ("input_bad_tensor", inp(7, 5, 0, b"\x01"), err(7, "BAD_TENSOR", "no input 5; the model has 1")),
        ("input_too_short", frame(TYPES["INPUT"], 8, b"\x00\x00\x00\x00\x00\x00\x00\x00"),
         err(8, "BAD_PAYLOAD", "INPUT payload of 8 bytes; needs 9 or more")),
        ("run_zero", frame(TYPES["RUN"], 9, struct.pack("<I", 0)), err(9, "BAD_RUNS", "runs must be 1 to 10000, got 0")),
        ("run_too_many", frame(TYPES["RUN"], 10, struct.pack("<I", 10001)),
         err(10, "BAD_RUNS", "runs must be 1 to 10000, got 10001")),
        ("run_short", frame(TYPES["RUN"], 11, b"\x01\x00"), err(11, "BAD_PAYLOAD", "RUN payload of 2 bytes; needs 4")),
        ("bad_crc", bytes(bad_crc), err(12, "BAD_CRC", "frame failed its CRC check")),
        ("unknown_type", frame(0x7F, 13, b""), err(13, "UNKNOWN_TYPE", "unknown frame type 0x7f")),
        ("device_type_sent_to_device", frame(TYPES["PONG"], 14, b""), err(14, "UNKNOWN_TYPE", "unknown frame type 0x86")),
        ("hello_after_errors", frame(TYPES["HELLO"], 15, b""), frame(TYPES["HELLO_REPLY"], 15, hello_reply(FAKE_HELLO))),
    ]
    return [{"name": n, "request": q.hex(), "reply": r.hex()} for n, q, r in rows]


def c_bytes(hex_text):
    data = bytes.fromhex(hex_text)
    if not data:
        return "{0}", 0
    return "{" + ",".join("0x%02x" % b for b in data) + "}", len(data)


def write_header(path, vectors):
    lines = [
        "/* Generated by tests/data/make_protocol_vectors.py from the same data as",
        " * device-protocol-vectors.json. Do not edit; run the script again. */",
        "#ifndef TD_DEVICE_PROTOCOL_VECTORS_H",
        "#define TD_DEVICE_PROTOCOL_VECTORS_H",
        "",
        "#include <stddef.h>",
        "#include <stdint.h>",
        "",
        "typedef struct tdv_frame { const char *name; uint8_t type; uint16_t seq;",
        "    const uint8_t *payload; size_t payload_len; const uint8_t *frame; size_t frame_len; } tdv_frame_t;",
        "typedef struct tdv_decoded { uint8_t type; uint16_t seq; const uint8_t *payload; size_t payload_len; } tdv_decoded_t;",
        "typedef struct tdv_decoder_case { const char *name; uint16_t max_payload; const uint8_t *stream;",
        "    size_t stream_len; const tdv_decoded_t *frames; size_t num_frames; uint32_t crc_errors;",
        "    uint32_t dropped_bytes; size_t buffered; } tdv_decoder_case_t;",
        "typedef struct tdv_exchange { const char *name; const uint8_t *request; size_t request_len;",
        "    const uint8_t *reply; size_t reply_len; } tdv_exchange_t;",
        "",
    ]
    counter = [0]

    def arr(hex_text):
        counter[0] += 1
        name = "tdv_b%d" % counter[0]
        init, n = c_bytes(hex_text)
        lines.append("static const uint8_t %s[] = %s;" % (name, init))
        return name, n

    frame_rows = []
    for ex in vectors["frames"]:
        p, pn = arr(ex["payload"])
        fr, fn = arr(ex["frame"])
        frame_rows.append('    {"%s", 0x%02x, %d, %s, %d, %s, %d},' % (ex["name"], ex["type"], ex["seq"], p, pn, fr, fn))
    case_rows = []
    for i, case in enumerate(vectors["decoder_cases"]):
        s, sn = arr(case["stream"])
        dec = []
        for d in case["frames"]:
            p, pn = arr(d["payload"])
            dec.append("{0x%02x, %d, %s, %d}" % (d["type"], d["seq"], p, pn))
        fname = "tdv_case%d_frames" % i
        lines.append("static const tdv_decoded_t %s[] = {%s};" % (fname, ", ".join(dec) if dec else "{0, 0, NULL, 0}"))
        case_rows.append('    {"%s", %d, %s, %d, %s, %d, %d, %d, %d},' % (
            case["name"], case["max_payload"], s, sn, fname, len(case["frames"]),
            case["crc_errors"], case["dropped_bytes"], case["buffered"]))
    ex_rows = []
    for ex in vectors["exchanges"]:
        q, qn = arr(ex["request"])
        r, rn = arr(ex["reply"])
        ex_rows.append('    {"%s", %s, %d, %s, %d},' % (ex["name"], q, qn, r, rn))
    lines += ["", "static const tdv_frame_t tdv_frames[] = {"] + frame_rows + ["};"]
    lines += ["static const tdv_decoder_case_t tdv_decoder_cases[] = {"] + case_rows + ["};"]
    lines += ["static const tdv_exchange_t tdv_exchanges[] = {"] + ex_rows + ["};"]
    lines += [
        "#define TDV_NUM_FRAMES (sizeof(tdv_frames) / sizeof(tdv_frames[0]))",
        "#define TDV_NUM_DECODER_CASES (sizeof(tdv_decoder_cases) / sizeof(tdv_decoder_cases[0]))",
        "#define TDV_NUM_EXCHANGES (sizeof(tdv_exchanges) / sizeof(tdv_exchanges[0]))",
        "",
        "#endif /* TD_DEVICE_PROTOCOL_VECTORS_H */",
        "",
    ]
    with open(path, "w", encoding="utf-8") as out:
        out.write("\n".join(lines))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    vectors = {
        "protocol_version": VERSION,
        "frame_overhead": OVERHEAD,
        "types": TYPES,
        "error_codes": ERRORS,
        "frames": build_examples(),
        "decoder_cases": decoder_cases(),
        "exchanges": exchanges(),
    }
    with open(os.path.join(here, "device-protocol-vectors.json"), "w", encoding="utf-8") as out:
        json.dump(vectors, out, indent=1, ensure_ascii=False)
        out.write("\n")
    write_header(os.path.join(here, "device-protocol-vectors.h"), vectors)
    write_fuzz_corpora(os.path.join(os.path.dirname(here), "fuzz", "corpus"), vectors)


def write_fuzz_corpora(corpus, vectors):
    """Seeds for tests/fuzz: fuzz_framecodec takes (max payload byte, step byte, stream);
    fuzz_device_runtime takes reads of (control byte = length - 1, bytes)."""
    codec_dir = os.path.join(corpus, "fuzz_framecodec")
    runtime_dir = os.path.join(corpus, "fuzz_device_runtime")
    os.makedirs(codec_dir, exist_ok=True)
    os.makedirs(runtime_dir, exist_ok=True)
    for ex in vectors["frames"]:
        with open(os.path.join(codec_dir, ex["name"]), "wb") as out:
            out.write(bytes([0x30, 0x05]) + bytes.fromhex(ex["frame"]))
        with open(os.path.join(codec_dir, "payload_" + ex["name"]), "wb") as out:
            out.write(bytes.fromhex(ex["payload"]))
    for case in vectors["decoder_cases"]:
        with open(os.path.join(codec_dir, "stream_" + case["name"]), "wb") as out:
            out.write(bytes([0x30, 0x07]) + bytes.fromhex(case["stream"]))
    session = b""
    for ex in vectors["exchanges"]:
        request = bytes.fromhex(ex["request"])
        reads = b""
        for pos in range(0, len(request), 100):
            part = request[pos:pos + 100]
            reads += bytes([len(part) - 1]) + part
        session += reads
        with open(os.path.join(runtime_dir, ex["name"]), "wb") as out:
            out.write(reads)
    with open(os.path.join(runtime_dir, "whole_session"), "wb") as out:
        out.write(session)


if __name__ == "__main__":
    main()
