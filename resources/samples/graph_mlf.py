"""The graph-executor variants of the digits samples, for generate_samples.py.

Writes the parts of a Model Library Format archive that `tvmc compile --executor=graph
--runtime=crt --runtime-crt-system-lib=1` produces for target `c`: the graph JSON
(executor-config/graph/default.graph), the SaveParams blob (parameters/default.params),
default_lib0.c (the CRT system library: TVMSystemLibEntryPoint and its function registry) and
default_lib1.c (the fused operators as packed functions that take DLTensors). The weights are
also linked into the code and served by `_lookup_linked_param`, as TVM's `link-params` does,
so that a device whose RPC packets are 2 KiB can run the model without a `load_params` call
that would not fit (see README.md).

run_graph_c() checks the generated C against TVM's own CRT graph executor, built from a
standalone CRT folder (the one the tests use, ../shared/tvm-crt).
"""

import json
import os
import struct
import subprocess
import tempfile

import numpy as np

ND_ARRAY_LIST_MAGIC = 0xF7E58D4F05049CB7
ND_ARRAY_MAGIC = 0xDD5E40F096B4A13F
DTYPE_CODES = {"int": 0, "uint": 1, "float": 2}


def dtype_name(array):
    return str(np.dtype(array.dtype))


def save_params(named):
    """TVM's SaveParams (runtime::SaveParams): list magic, names, then the NDArrays."""
    out = [struct.pack("<QQQ", ND_ARRAY_LIST_MAGIC, 0, len(named))]
    for name, _ in named:
        raw = name.encode()
        out.append(struct.pack("<Q", len(raw)) + raw)
    out.append(struct.pack("<Q", len(named)))
    for _, array in named:
        array = np.ascontiguousarray(array)
        kind = array.dtype.kind
        code = {"i": 0, "u": 1, "f": 2}[kind]
        out.append(struct.pack("<QQiii", ND_ARRAY_MAGIC, 0, 1, 0, array.ndim))
        out.append(struct.pack("<BBH", code, array.dtype.itemsize * 8, 1))
        out.append(struct.pack(f"<{array.ndim}q", *array.shape))
        data = array.astype(array.dtype.newbyteorder("<")).tobytes()
        out.append(struct.pack("<q", len(data)) + data)
    return b"".join(out)


def load_params(blob):
    """The inverse of save_params, to check the blob: [(name, array)]."""
    magic, _, count = struct.unpack_from("<QQQ", blob, 0)
    assert magic == ND_ARRAY_LIST_MAGIC
    offset = 24
    names = []
    for _ in range(count):
        (length,) = struct.unpack_from("<Q", blob, offset)
        names.append(blob[offset + 8:offset + 8 + length].decode())
        offset += 8 + length
    (arrays,) = struct.unpack_from("<Q", blob, offset)
    offset += 8
    assert arrays == count
    result = []
    for name in names:
        magic, _, dev_type, dev_id, ndim = struct.unpack_from("<QQiii", blob, offset)
        assert magic == ND_ARRAY_MAGIC and dev_type == 1 and dev_id == 0
        offset += 28
        code, bits, lanes = struct.unpack_from("<BBH", blob, offset)
        offset += 4
        shape = struct.unpack_from(f"<{ndim}q", blob, offset)
        offset += 8 * ndim
        (nbytes,) = struct.unpack_from("<q", blob, offset)
        offset += 8
        dtype = {0: "i", 1: "u", 2: "f"}[code] + str(bits // 8)
        result.append((name, np.frombuffer(blob[offset:offset + nbytes], dtype="<" + dtype)
                       .reshape(shape)))
        offset += nbytes
    assert offset == len(blob)
    return result


class Graph:
    """A graph-executor graph under construction: one output per node, as in our models."""

    def __init__(self):
        self.nodes = []
        self.shapes = []
        self.dtypes = []
        self.sids = []
        self.arg_nodes = []

    def null(self, name, shape, dtype, sid):
        self.arg_nodes.append(len(self.nodes))
        self.nodes.append({"op": "null", "name": name, "inputs": []})
        return self._entry(shape, dtype, sid)

    def op(self, func_name, inputs, shape, dtype, sid):
        self.nodes.append({
            "op": "tvm_op",
            "name": func_name,
            "attrs": {
                "num_outputs": "1",
                "num_inputs": str(len(inputs)),
                "flatten_data": "0",
                "func_name": func_name,
                "hash": _stable_hash(func_name),
            },
            "inputs": [[i, 0, 0] for i in inputs],
        })
        return self._entry(shape, dtype, sid)

    def _entry(self, shape, dtype, sid):
        self.shapes.append(list(shape))
        self.dtypes.append(dtype)
        self.sids.append(sid)
        return len(self.nodes) - 1

    def to_json(self, head):
        graph = {
            "nodes": self.nodes,
            "arg_nodes": self.arg_nodes,
            "heads": [[head, 0, 0]],
            "attrs": {
                "dltype": ["list_str", self.dtypes],
                "storage_id": ["list_int", self.sids],
                "shape": ["list_shape", self.shapes],
            },
            "node_row_ptr": list(range(len(self.nodes) + 1)),
        }
        # TVM writes the graph with dmlc's JSON writer: 2-space indent, keys in this order.
        return json.dumps(graph, indent=2)


def _stable_hash(text):
    """A fixed 16-hex-digit stand-in for TVM's structural hash of the fused function."""
    value = 0xCBF29CE484222325
    for byte in text.encode():
        value = ((value ^ byte) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return format(value, "016x")


def sid_table(graph, input_names, param_names):
    """metadata.json's memory.sids: one entry per storage id, input_binding for arg nodes."""
    sizes = {}
    binding = {}
    for index, (shape, dtype, sid) in enumerate(zip(graph.shapes, graph.dtypes, graph.sids)):
        count = 1
        for dim in shape:
            count *= dim
        nbytes = count * np.dtype(dtype).itemsize
        sizes[sid] = max(sizes.get(sid, 0), nbytes)
        node = graph.nodes[index]
        if node["op"] == "null":
            binding[sid] = node["name"]
    table = []
    for sid in sorted(sizes):
        entry = {"storage_id": sid, "size_bytes": sizes[sid]}
        if sid in binding:
            entry["input_binding"] = binding[sid]
        table.append(entry)
    return table


def packed_prologue(name, ctype, arg_names):
    """A packed function's signature and argument checks, with one data pointer per tensor."""
    count = len(arg_names)
    lines = [
        "#ifdef __cplusplus\nextern \"C\"\n#endif\n",
        f"TVM_DLL int32_t {name}(TVMValue* args, int* type_codes, int num_args, "
        "TVMValue* out_ret_value, int* out_ret_tcode, void* resource_handle) {\n",
        "  (void)out_ret_value;\n  (void)out_ret_tcode;\n  (void)resource_handle;\n",
        f"  if (!(num_args == {count})) {{\n"
        f"    TVMAPISetLastError(\"{name}: num_args should be {count}\");\n"
        "    return -1;\n  }\n",
    ]
    for index, arg in enumerate(arg_names):
        lines.append(
            f"  if (!(type_codes[{index}] == kTVMDLTensorHandle || type_codes[{index}] == "
            f"kTVMNDArrayHandle)) {{\n"
            f"    TVMAPISetLastError(\"{name}: expect arg[{index}] to be a tensor\");\n"
            "    return -1;\n  }\n"
            f"  {ctype[index]}* {arg} = ({ctype[index]}*)(((DLTensor*)args[{index}].v_handle)[0]"
            ".data);\n")
    return "".join(lines)


def lib0(functions, module="default"):
    """The system library: every packed function in a TVMFuncRegistry, names packed as the
    CRT reads them (a little-endian u16 count, then NUL-terminated names)."""
    count = len(functions)
    names = f"\\{count & 0xFF:03o}\\{count >> 8:03o}" + "".join(f"{f}\\000" for f in functions)
    declarations = "".join(
        f"TVM_DLL int32_t {f}(TVMValue* args, int* type_codes, int num_args, "
        "TVMValue* out_ret_value, int* out_ret_tcode, void* resource_handle);\n"
        for f in functions)
    table = "".join(f"    (TVMBackendPackedCFunc){f},\n" for f in functions)
    return ("#include <tvm/runtime/c_runtime_api.h>\n"
            "#include <tvm/runtime/crt/module.h>\n"
            "#ifdef __cplusplus\nextern \"C\" {\n#endif\n"
            + declarations +
            "static TVMBackendPackedCFunc _tvm_func_array[] = {\n" + table + "};\n"
            "static const TVMFuncRegistry _tvm_func_registry = {\n"
            f"    \"{names}\",\n"
            "    _tvm_func_array,\n"
            "};\n"
            "static const TVMModule _tvm_system_lib = {\n"
            "    &_tvm_func_registry,\n"
            "};\n"
            "const TVMModule* TVMSystemLibEntryPoint(void) {\n"
            "    return &_tvm_system_lib;\n"
            "}\n"
            "#ifdef __cplusplus\n}\n#endif\n")


def linked_params(params, param_sids, c_array):
    """The weights as constants and `_lookup_linked_param(storage_id)`, as link-params does.

    params: [(name, array, ctype, fmt)], param_sids: {name: storage id}."""
    out = []
    cases = []
    for name, array, ctype, fmt in params:
        symbol = f"__tvm_param__{name}"
        out.append(c_array(ctype, symbol, array.flatten(), fmt))
        cases.append(f"    case {param_sids[name]}:\n      ptr = (void*){symbol};\n      break;\n")
    out.append(
        "#ifdef __cplusplus\nextern \"C\"\n#endif\n"
        "TVM_DLL int32_t _lookup_linked_param(TVMValue* args, int* type_codes, int num_args, "
        "TVMValue* out_ret_value, int* out_ret_tcode, void* resource_handle) {\n"
        "  (void)type_codes;\n  (void)resource_handle;\n"
        "  if (num_args != 1) {\n    return -1;\n  }\n"
        "  void* ptr = NULL;\n"
        "  switch (args[0].v_int64) {\n" + "".join(cases) +
        "    default:\n      break;\n  }\n"
        "  out_ret_value->v_handle = ptr;\n"
        "  out_ret_tcode[0] = kTVMOpaqueHandle;\n"
        "  return 0;\n}\n\n")
    return "".join(out)


HARNESS = r"""/* Runs the generated system library through TVM's CRT graph executor. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <tvm/runtime/c_runtime_api.h>
#include <tvm/runtime/crt/crt.h>
#include <tvm/runtime/crt/graph_executor.h>
#include <tvm/runtime/crt/module.h>
#include <tvm/runtime/crt/platform.h>

void TVMPlatformAbort(tvm_crt_error_t code) { fprintf(stderr, "abort %x\n", code); exit(9); }
size_t TVMPlatformFormatMessage(char* out, size_t len, const char* fmt, va_list args) {
  return (size_t)vsnprintf(out, len, fmt, args);
}
void TVMLogf(const char* fmt, ...) { va_list a; va_start(a, fmt); vfprintf(stderr, fmt, a); va_end(a); }
tvm_crt_error_t TVMPlatformMemoryAllocate(size_t n, DLDevice dev, void** out) {
  (void)dev; *out = malloc(n ? n : 1); return *out ? kTvmErrorNoError : kTvmErrorPlatformNoMemory;
}
tvm_crt_error_t TVMPlatformMemoryFree(void* p, DLDevice dev) { (void)dev; free(p); return kTvmErrorNoError; }
tvm_crt_error_t TVMPlatformTimerStart(void) { return kTvmErrorNoError; }
tvm_crt_error_t TVMPlatformTimerStop(double* s) { *s = 0; return kTvmErrorNoError; }
tvm_crt_error_t TVMPlatformGenerateRandom(uint8_t* b, size_t n) { memset(b, 1, n); return kTvmErrorNoError; }

static char* slurp(const char* path) {
  FILE* f = fopen(path, "rb"); long n; char* buf;
  if (!f) exit(3);
  fseek(f, 0, SEEK_END); n = ftell(f); fseek(f, 0, SEEK_SET);
  buf = calloc(1, (size_t)n + 1);
  if (fread(buf, 1, (size_t)n, f) != (size_t)n) exit(3);
  fclose(f);
  return buf;
}

int main(int argc, char** argv) {
  if (argc != 5) return 2;
  if (TVMInitializeRuntime() != kTvmErrorNoError) return 4;
  TVMModuleHandle syslib;
  if (TVMModCreateFromCModule(TVMSystemLibEntryPoint(), &syslib) != 0) return 5;
  char* json = slurp(argv[1]);
  DLDevice dev = {kDLCPU, 0};
  TVMGraphExecutor* executor = NULL;
  if (TVMGraphExecutor_Create(json, syslib, &dev, &executor) != 0) return 6;
  FILE* in = fopen(argv[2], "rb");
  FILE* out = fopen(argv[3], "wb");
  long count = atol(argv[4]);
  static uint8_t input[INPUT_BYTES];
  static uint8_t output[OUTPUT_BYTES];
  int64_t in_shape[] = {INPUT_SHAPE};
  int64_t out_shape[] = {OUTPUT_SHAPE};
  DLTensor in_tensor = {input, dev, INPUT_NDIM, {DTYPE_CODE, DTYPE_BITS, 1}, in_shape, NULL, 0};
  DLTensor out_tensor = {output, dev, OUTPUT_NDIM, {OUT_CODE, OUT_BITS, 1}, out_shape, NULL, 0};
  if (!in || !out) return 3;
  for (long i = 0; i < count; ++i) {
    if (fread(input, 1, sizeof input, in) != sizeof input) return 7;
    memset(output, 0xA5, sizeof output);
    TVMGraphExecutor_SetInput(executor, INPUT_NAME, &in_tensor);
    TVMGraphExecutor_Run(executor);
    if (TVMGraphExecutor_GetOutput(executor, 0, &out_tensor) != 0) return 8;
    fwrite(output, 1, sizeof output, out);
  }
  fclose(in);
  return fclose(out) == 0 ? 0 : 10;
}
"""


def run_graph_c(files, crt_dir, input_name, inputs, out_dtype, out_shape):
    """Compiles default_lib*.c with gcc -Werror, links TVM's CRT (common, graph executor) from
    crt_dir and runs every input through the graph executor; returns the outputs."""
    with tempfile.TemporaryDirectory(prefix="tinydeploy-graph-") as tmp:
        for name, data in files.items():
            path = os.path.join(tmp, "mlf", name)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as f:
                f.write(data)
        in_dt, out_dt = np.dtype(inputs.dtype), np.dtype(out_dtype)
        code = {"i": 0, "u": 1, "f": 2}
        harness = HARNESS
        for key, value in {
            "INPUT_BYTES": str(in_dt.itemsize * int(np.prod(inputs.shape[1:]))),
            "OUTPUT_BYTES": str(out_dt.itemsize * int(np.prod(out_shape))),
            "INPUT_SHAPE": ", ".join(str(d) for d in (1,) + inputs.shape[1:]),
            "OUTPUT_SHAPE": ", ".join(str(d) for d in out_shape),
            "INPUT_NDIM": str(len(inputs.shape)),
            "OUTPUT_NDIM": str(len(out_shape)),
            "DTYPE_CODE": str(code[in_dt.kind]), "DTYPE_BITS": str(in_dt.itemsize * 8),
            "OUT_CODE": str(code[out_dt.kind]), "OUT_BITS": str(out_dt.itemsize * 8),
            "INPUT_NAME": json.dumps(input_name),
        }.items():
            harness = harness.replace(key, value)
        with open(os.path.join(tmp, "harness.c"), "w") as f:
            f.write(harness)
        crt_src = os.path.join(crt_dir, "src", "runtime", "crt")
        includes = ["-I", os.path.join(crt_dir, "include"),
                    "-I", os.path.join(crt_dir, "src", "runtime", "crt", "include"),
                    "-I", os.path.join(crt_dir, "crt_config")]
        objects = []
        generated = [os.path.join(tmp, "mlf", "codegen", "host", "src", n)
                     for n in ("default_lib0.c", "default_lib1.c")]
        for index, source in enumerate(generated):
            obj = os.path.join(tmp, f"gen{index}.o")
            subprocess.run(["gcc", "-std=gnu11", "-O2", "-Wall", "-Wextra", "-Werror", *includes,
                            "-c", source, "-o", obj], check=True)
            objects.append(obj)
        runtime = [os.path.join(crt_src, "common", n) for n in
                   ("crt_backend_api.c", "crt_runtime_api.c", "func_registry.c", "ndarray.c",
                    "packed_func.c")]
        runtime += [os.path.join(crt_src, "graph_executor", n)
                    for n in ("graph_executor.c", "load_json.c")]
        exe = os.path.join(tmp, "runner")
        subprocess.run(["gcc", "-std=gnu11", "-O2", "-w", *includes,
                        os.path.join(tmp, "harness.c"), *runtime, *objects, "-o", exe, "-lm"],
                       check=True)
        graph = os.path.join(tmp, "mlf", "executor-config", "graph", "default.graph")
        in_path, out_path = os.path.join(tmp, "in.bin"), os.path.join(tmp, "out.bin")
        with open(in_path, "wb") as f:
            f.write(np.ascontiguousarray(inputs).tobytes())
        subprocess.run([exe, graph, in_path, out_path, str(len(inputs))], check=True)
        return np.fromfile(out_path, dtype=out_dtype).reshape(len(inputs), *out_shape[1:])
