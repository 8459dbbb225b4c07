#!/usr/bin/python3
"""Regenerate TinyDeploy's bundled sample models (resources/samples/).

Trains a tiny handwritten-digit classifier (8x8 grey images, 10 classes, MLP 64 -> 32 (ReLU) -> 10)
with scikit-learn on the UCI digits data set that Debian's python3-sklearn ships, and exports it
twice as a TVM Model Library Format (MLF) v7 archive in TVM's AOT C-interface conventions
(as `tvmc compile --executor=aot --executor-aot-interface-api=c --executor-aot-unpacked-api=1
--runtime=crt` would lay it out, but without the runtime/ and templates/ folders):

  digits_float32.tar   float32 input [1, 8, 8, 1] (pixels scaled to 0..1), float32 softmax
                       probabilities [1, 10]
  digits_int8.tar      int8 input [1, 8, 8, 1], int8 logits [1, 10]; int8 weights, int32 biases,
                       requantization with fixed-point multipliers as TVM's QNN lowering does;
                       scales and zero points in digits_int8.quant.json

The C code is written by this script, NOT compiled by TVM. To be sure it is right, the script
compiles the generated C with the host gcc (against a tiny local stub of TVMBackendAllocWorkspace /
TVMBackendFreeWorkspace), runs it on the held-out split, and cross-checks every output against a
numpy reference: float32 within 1e-5 relative, int8 bit-exact. The expected outputs written to
expected/ are the outputs of the compiled C code.

This runs only when the samples are regenerated, never in the build or the tests; its outputs are
committed. Run it with Debian's interpreter (the pyenv `python3` on PATH lacks these modules):

    apt-get install python3-sklearn python3-numpy gcc
    /usr/bin/python3 resources/samples/generate_samples.py

Set SOURCE_DATE_EPOCH to change the export time recorded in the archives (default: fixed, so that
regenerating gives byte-identical files with the same library versions).
"""

import datetime
import io
import json
import math
import os
import re
import subprocess
import sys
import tarfile
import tempfile

import numpy as np
import graph_mlf
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier

HERE = os.path.dirname(os.path.abspath(__file__))
MOD = "default"
TARGET = "c -keys=cpu "
INPUT_NAME = "serving_default_input_1:0"  # raw name as a TFLite-converted model has it
OUTPUT_NAME = "output"
INPUT_SHAPE = (1, 8, 8, 1)
OUTPUT_SHAPE = (1, 10)
HIDDEN = 32
SEED = 0
DEFAULT_EPOCH = 1748779200  # 2025-06-01 12:00:00 UTC
SAMPLE_COUNT = 5
EMPTY_PARAMS = bytes.fromhex("b79c04054f8de5f7") + bytes(24)  # kTVMNDArrayListMagic, 0 names, 0 arrays


def sanitize(name):
    """TVM's SanitizeName: every non-alphanumeric character becomes '_'."""
    return "".join(c if c.isalnum() else "_" for c in name)


def c_float(value):
    """A float32 as a C hex-float literal, the way TVM's C codegen prints constants."""
    text = float(np.float32(value)).hex()  # e.g. -0x1.928ff00000000p-2
    mantissa, exponent = text.split("p")
    if "." in mantissa:
        mantissa = mantissa.rstrip("0").rstrip(".")
    return mantissa + "p" + exponent


def c_array(ctype, name, values, fmt, per_line=8):
    lines = []
    values = list(values)
    for i in range(0, len(values), per_line):
        lines.append("    " + ", ".join(fmt(v) for v in values[i:i + per_line]))
    return (
        "#ifdef __cplusplus\nextern \"C\" {\n#endif\n"
        f"static const {ctype} __attribute__((section(\".rodata.tvm\"), aligned(16))) "
        f"{name}[{len(values)}] = {{\n" + ", \n".join(lines) + "\n};\n"
        "#ifdef __cplusplus\n}  // extern \"C\"\n#endif\n"
    )


def extern_c_prefix():
    return "#ifdef __cplusplus\nextern \"C\"\n#endif\n"


def fixed_point(multiplier):
    """TVM's GetFixedPointMultiplierShift: multiplier = significand * 2^(shift - 31)."""
    significand, shift = math.frexp(multiplier)
    q = int(round(significand * (1 << 31)))
    if q == (1 << 31):
        q //= 2
        shift += 1
    assert shift <= 0, "requantize multiplier >= 1 is not expected for this model"
    return q, -shift + 31  # int32 multiplier, total right shift


def fixed_point_multiply(acc, q, total_shift):
    """qnn.requantize with rounding UPWARD, in int64 exactly as the generated C does it."""
    acc = acc.astype(np.int64)
    return ((acc * np.int64(q) + (np.int64(1) << np.int64(total_shift - 1))) >> np.int64(total_shift)).astype(np.int64)


# ---------------------------------------------------------------------------------------------
# Training


def train():
    digits = load_digits()
    x = (digits.data / 16.0).astype(np.float32)
    y = digits.target.astype(np.int64)
    x_train, x_test, y_train, y_test = train_test_split(
        x, y, test_size=0.25, random_state=SEED, stratify=y)
    clf = MLPClassifier(hidden_layer_sizes=(HIDDEN,), activation="relu", alpha=1e-2,
                        max_iter=2000, random_state=SEED)
    clf.fit(x_train, y_train)
    return clf, x_train, x_test, y_train, y_test


# ---------------------------------------------------------------------------------------------
# Common MLF parts


def header(input_bytes, output_bytes, workspace):
    inp = sanitize(INPUT_NAME)
    out = sanitize(OUTPUT_NAME)
    return f"""#ifndef TVMGEN_DEFAULT_H_
#define TVMGEN_DEFAULT_H_
#include <stdint.h>

#ifdef __cplusplus
extern "C" {{
#endif

/*!
 * \\brief Input tensor {inp} size (in bytes) for TVM module "{MOD}" 
 */
#define TVMGEN_DEFAULT_{inp.upper()}_SIZE {input_bytes}
/*!
 * \\brief Output tensor {out} size (in bytes) for TVM module "{MOD}" 
 */
#define TVMGEN_DEFAULT_{out.upper()}_SIZE {output_bytes}
/*!
 * \\brief Input tensor pointers for TVM module "{MOD}" 
 */
struct tvmgen_default_inputs {{
  void* {inp};
}};

/*!
 * \\brief Output tensor pointers for TVM module "{MOD}" 
 */
struct tvmgen_default_outputs {{
  void* {out};
}};

/*!
 * \\brief entrypoint function for TVM module "{MOD}"
 * \\param inputs Input tensors for the module 
 * \\param outputs Output tensors for the module 
 */
int32_t tvmgen_default_run(
  struct tvmgen_default_inputs* inputs,
  struct tvmgen_default_outputs* outputs
);
/*!
 * \\brief Workspace size for TVM module "{MOD}" 
 */
#define TVMGEN_DEFAULT_WORKSPACE_SIZE {workspace}

#ifdef __cplusplus
}}
#endif

#endif // TVMGEN_DEFAULT_H_
"""


def lib0():
    inp = sanitize(INPUT_NAME)
    out = sanitize(OUTPUT_NAME)
    return f"""#include "tvm/runtime/c_runtime_api.h"
#ifdef __cplusplus
extern "C" {{
#endif
#include <tvmgen_default.h>
TVM_DLL int32_t tvmgen_default___tvm_main__(void* {inp},void* output0);
int32_t tvmgen_default_run(struct tvmgen_default_inputs* inputs,struct tvmgen_default_outputs* outputs) {{return tvmgen_default___tvm_main__(inputs->{inp},outputs->{out});
}}
#ifdef __cplusplus
}}
#endif
;"""


def lib1_prologue():
    return (f"// tvm target: {TARGET}\n"
            "#define TVM_EXPORTS\n"
            "#include \"tvm/runtime/c_runtime_api.h\"\n"
            "#include \"tvm/runtime/c_backend_api.h\"\n"
            "#include <math.h>\n"
            "#include <stdbool.h>\n")


def main_function(ctype, steps, sids):
    """The AOT __tvm_main__: intermediate buffers (sids) come from TVMBackendAllocWorkspace."""
    inp = sanitize(INPUT_NAME)
    body = [extern_c_prefix(),
            f"TVM_DLL int32_t tvmgen_default___tvm_main__({ctype}* {inp}_buffer_var, "
            f"{ctype}* output_buffer_var) {{\n"]
    for sid, size, code, bits in sids:
        body.append(f"  void* {sid} = TVMBackendAllocWorkspace(1, 0, (uint64_t){size}, {code}, {bits});\n"
                    f"  if ({sid} == NULL) {{\n    return -1;\n  }}\n")
    for function, src, dst in steps:
        src = f"{inp}_buffer_var" if src == "input" else src
        dst = "output_buffer_var" if dst == "output" else dst
        body.append(f"  if ({function}({src}, {dst}) != 0 ) return -1;\n")
    for sid, _, _, _ in reversed(sids):
        body.append(f"  if (TVMBackendFreeWorkspace(1, 0, {sid}) != 0) {{\n    return -1;\n  }}\n")
    body.append("  return 0;\n}\n\n")
    return "".join(body)


def workspace_of(sids):
    # Main's own buffers, each aligned to 16 bytes; the operators use only their stack.
    return sum((size + 15) // 16 * 16 for _, size, _, _ in sids)


def metadata(input_dtype, input_bytes, output_dtype, output_bytes, workspace, operators, when,
             executor="aot", sids=None, constants=0):
    module = {
        "executors": [executor],
        "export_datetime": when.strftime("%Y-%m-%d %H:%M:%SZ"),
        "memory": {
            "functions": {
                "main": [{
                    # AOT embeds the constants in the operator functions, so main has none,
                    # as in real TVM exports.
                    "constants_size_bytes": constants,
                    "device": 1,
                    "inputs": {INPUT_NAME: {"dtype": input_dtype, "size": input_bytes}},
                    "io_size_bytes": input_bytes + output_bytes,
                    "outputs": {OUTPUT_NAME: {"dtype": output_dtype, "size": output_bytes}},
                    "workspace_size_bytes": workspace,
                }],
                "operator_functions": [
                    {"function_name": name, "workspace": [{"device": 1, "workspace_size_bytes": 0}]}
                    for name in operators
                ],
            }
        },
        "model_name": MOD,
        "style": "full-model",
        "target": [TARGET],
    }
    if sids is not None:
        module["memory"]["sids"] = sids
    return json.dumps({"modules": {MOD: module}, "version": 7}, indent=2, sort_keys=True)


def write_mlf(path, files, when):
    """Uncompressed PAX tar, './' prefixes, directory entries, root/root, as TVM's export does."""
    mtime = int(when.replace(tzinfo=datetime.timezone.utc).timestamp())
    directories = set()
    for name in files:
        parts = name.split("/")[:-1]
        for i in range(1, len(parts) + 1):
            directories.add("/".join(parts[:i]))
    with tarfile.open(path, "w", format=tarfile.PAX_FORMAT) as tar:
        def add(name, data=None):
            info = tarfile.TarInfo("./" + name if name else ".")
            info.uid = info.gid = 0
            info.uname = info.gname = "root"
            info.mtime = mtime
            if data is None:
                info.type = tarfile.DIRTYPE
                info.mode = 0o755
                tar.addfile(info)
            else:
                info.mode = 0o644
                info.size = len(data)
                tar.addfile(info, io.BytesIO(data))
        add("")
        for name in sorted(set(files) | directories):
            add(name, None if name in directories else files[name])


def relay_signature(dtype, out_dtype):
    shape = ", ".join(str(d) for d in INPUT_SHAPE)
    out_shape = ", ".join(str(d) for d in OUTPUT_SHAPE)
    return (f"def @main(%{INPUT_NAME}: Tensor[({shape}), {dtype}] /* ty=Tensor[({shape}), {dtype}] */, "
            f"output_tensor_names=[\"{OUTPUT_NAME}\"]) -> Tensor[({out_shape}), {out_dtype}] {{\n")


# ---------------------------------------------------------------------------------------------
# float32 model


def float_model(clf):
    w1 = clf.coefs_[0].T.astype(np.float32)  # [32, 64], nn.dense layout [units, in]
    b1 = clf.intercepts_[0].astype(np.float32)
    w2 = clf.coefs_[1].T.astype(np.float32)  # [10, 32]
    b2 = clf.intercepts_[1].astype(np.float32)
    return w1, b1, w2, b2


def float_reference(params, x):
    """numpy reference in float64 of the float32 model: softmax(relu(x W1^T + b1) W2^T + b2)."""
    w1, b1, w2, b2 = (p.astype(np.float64) for p in params)
    h = np.maximum(x.reshape(len(x), 64).astype(np.float64) @ w1.T + b1, 0.0)
    z = h @ w2.T + b2
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def float_sources(params):
    w1, b1, w2, b2 = params
    fused_reshape = "tvmgen_default_fused_reshape"
    dense_relu = "tvmgen_default_fused_nn_dense_add_nn_relu"
    dense = "tvmgen_default_fused_nn_dense_add"
    softmax = "tvmgen_default_fused_nn_softmax"
    src = [lib1_prologue()]
    src.append(c_array("float", "constant_0", w1.flatten(), c_float))
    src.append(c_array("float", "constant_1", b1, c_float))
    src.append(c_array("float", "constant_2", w2.flatten(), c_float))
    src.append(c_array("float", "constant_3", b2, c_float))
    src.append(extern_c_prefix() + f"""TVM_DLL int32_t {dense}(float* p0, float* T_add) {{
  for (int32_t j = 0; j < 10; ++j) {{
    float compute_global[1];
    compute_global[0] = 0.000000e+00f;
    for (int32_t k = 0; k < 32; ++k) {{
      compute_global[0] = (compute_global[0] + (p0[k] * ((float*)constant_2)[((j * 32) + k)]));
    }}
    T_add[j] = (compute_global[0] + ((float*)constant_3)[j]);
  }}
  return 0;
}}

""")
    src.append(extern_c_prefix() + f"""TVM_DLL int32_t {dense_relu}(float* p0, float* T_relu) {{
  for (int32_t j = 0; j < 32; ++j) {{
    float compute_global[1];
    compute_global[0] = 0.000000e+00f;
    for (int32_t k = 0; k < 64; ++k) {{
      compute_global[0] = (compute_global[0] + (p0[k] * ((float*)constant_0)[((j * 64) + k)]));
    }}
    float _1 = compute_global[0] + ((float*)constant_1)[j];
    T_relu[j] = ((_1) > (0.000000e+00f) ? (_1) : (0.000000e+00f));
  }}
  return 0;
}}

""")
    src.append(extern_c_prefix() + f"""TVM_DLL int32_t {softmax}(float* p0, float* T_softmax_norm) {{
  float T_softmax_maxelem[1];
  float T_softmax_exp[10];
  float T_softmax_expsum[1];
  T_softmax_maxelem[0] = -3.402823e+38f;
  for (int32_t k = 0; k < 10; ++k) {{
    float _1 = T_softmax_maxelem[0];
    float _2 = p0[k];
    T_softmax_maxelem[0] = ((_1) > (_2) ? (_1) : (_2));
  }}
  for (int32_t i1 = 0; i1 < 10; ++i1) {{
    T_softmax_exp[i1] = expf((p0[i1] - T_softmax_maxelem[0]));
  }}
  T_softmax_expsum[0] = 0.000000e+00f;
  for (int32_t k_1 = 0; k_1 < 10; ++k_1) {{
    T_softmax_expsum[0] = (T_softmax_expsum[0] + T_softmax_exp[k_1]);
  }}
  for (int32_t i1_1 = 0; i1_1 < 10; ++i1_1) {{
    T_softmax_norm[i1_1] = (T_softmax_exp[i1_1] / T_softmax_expsum[0]);
  }}
  return 0;
}}

""")
    src.append(extern_c_prefix() + f"""TVM_DLL int32_t {fused_reshape}(float* p0, float* T_reshape) {{
  for (int32_t ax1_inner = 0; ax1_inner < 64; ++ax1_inner) {{
    T_reshape[ax1_inner] = p0[ax1_inner];
  }}
  return 0;
}}

""")
    # sid_2 holds the flattened input, then (reused) the logits; sid_3 the hidden layer.
    sids = [("sid_2", 256, 0, 8), ("sid_3", 128, 0, 8)]
    steps = [(fused_reshape, "input", "sid_2"), (dense_relu, "sid_2", "sid_3"),
             (dense, "sid_3", "sid_2"), (softmax, "sid_2", "output")]
    src.append(main_function("float", steps, sids))
    operators = [fused_reshape, dense_relu, dense, softmax]
    return "".join(src), workspace_of(sids), operators


def float_relay(params):
    w1, b1, w2, b2 = params
    return (relay_signature("float32", "float32") +
            "  %0 = reshape(%" + INPUT_NAME + ", newshape=[1, 64]) /* ty=Tensor[(1, 64), float32] */;\n"
            "  %1 = nn.dense(%0, meta[relay.Constant][0] /* ty=Tensor[(32, 64), float32] */, units=32) /* ty=Tensor[(1, 32), float32] */;\n"
            "  %2 = nn.bias_add(%1, meta[relay.Constant][1] /* ty=Tensor[(32), float32] */) /* ty=Tensor[(1, 32), float32] */;\n"
            "  %3 = nn.relu(%2) /* ty=Tensor[(1, 32), float32] */;\n"
            "  %4 = nn.dense(%3, meta[relay.Constant][2] /* ty=Tensor[(10, 32), float32] */, units=10) /* ty=Tensor[(1, 10), float32] */;\n"
            "  %5 = nn.bias_add(%4, meta[relay.Constant][3] /* ty=Tensor[(10), float32] */) /* ty=Tensor[(1, 10), float32] */;\n"
            "  nn.softmax(%5) /* ty=Tensor[(1, 10), float32] */\n"
            "}\n")


# ---------------------------------------------------------------------------------------------
# int8 model


class Quantized:
    pass


def quantize(clf, x_train):
    w1, b1, w2, b2 = (p.astype(np.float64) for p in float_model(clf))
    q = Quantized()
    # Input: pixels 0..1 -> int8 with scale 1/255, zero point -128 (TFLite's image convention).
    q.in_scale, q.in_zp = 1.0 / 255.0, -128
    # Weights: per-tensor symmetric int8; biases int32 with scale in_scale * w_scale.
    q.w1_scale = np.abs(w1).max() / 127.0
    q.w1 = np.clip(np.round(w1 / q.w1_scale), -127, 127).astype(np.int8)
    q.b1 = np.round(b1 / (q.in_scale * q.w1_scale)).astype(np.int32)
    hidden = np.maximum(x_train.astype(np.float64) @ w1.T + b1, 0.0)
    # Hidden activations are >= 0 after ReLU: asymmetric with zero point -128.
    q.h_scale, q.h_zp = hidden.max() / 255.0, -128
    q.w2_scale = np.abs(w2).max() / 127.0
    q.w2 = np.clip(np.round(w2 / q.w2_scale), -127, 127).astype(np.int8)
    q.b2 = np.round(b2 / (q.h_scale * q.w2_scale)).astype(np.int32)
    logits = hidden @ w2.T + b2
    lo, hi = min(logits.min(), 0.0), max(logits.max(), 0.0)
    q.out_scale = (hi - lo) / 255.0
    q.out_zp = int(np.clip(round(-128 - lo / q.out_scale), -128, 127))
    q.m1, q.s1 = fixed_point(q.in_scale * q.w1_scale / q.h_scale)
    q.m2, q.s2 = fixed_point(q.h_scale * q.w2_scale / q.out_scale)
    return q


def quantize_input(q, x):
    return np.clip(np.round(x.astype(np.float64) / q.in_scale) + q.in_zp, -128, 127).astype(np.int8)


def int8_reference(q, xq):
    """The integer pipeline of the int8 model in numpy; must equal the C code bit for bit."""
    x = xq.reshape(len(xq), 64).astype(np.int64) - q.in_zp
    acc1 = x @ q.w1.astype(np.int64).T + q.b1
    h = np.clip(fixed_point_multiply(acc1, q.m1, q.s1) + q.h_zp, -128, 127)
    acc2 = (h - q.h_zp) @ q.w2.astype(np.int64).T + q.b2
    return np.clip(fixed_point_multiply(acc2, q.m2, q.s2) + q.out_zp, -128, 127).astype(np.int8)


def int8_sources(q):
    fused_reshape = "tvmgen_default_fused_reshape"
    layer1 = "tvmgen_default_fused_cast_subtract_nn_dense_add_fixed_point_multiply_add_clip_cast"
    layer2 = "tvmgen_default_fused_cast_subtract_nn_dense_add_fixed_point_multiply_add_clip_cast_1"
    src = [lib1_prologue()]
    src.append(c_array("int8_t", "constant_0", q.w1.flatten(), str, per_line=16))
    src.append(c_array("int32_t", "constant_1", q.b1, str, per_line=8))
    src.append(c_array("int8_t", "constant_2", q.w2.flatten(), str, per_line=16))
    src.append(c_array("int32_t", "constant_3", q.b2, str, per_line=8))

    def dense(name, units, inputs, in_zp, weights, bias, mult, shift, out_zp):
        return extern_c_prefix() + f"""TVM_DLL int32_t {name}(int8_t* p0, int8_t* T_cast) {{
  for (int32_t j = 0; j < {units}; ++j) {{
    int32_t compute_global[1];
    compute_global[0] = 0;
    for (int32_t k = 0; k < {inputs}; ++k) {{
      compute_global[0] = (compute_global[0] + ((((int32_t)p0[k]) - ({in_zp})) * ((int32_t)((int8_t*)constant_{weights})[((j * {inputs}) + k)])));
    }}
    int32_t _1 = ((int32_t)(((((int64_t)(compute_global[0] + ((int32_t*)constant_{bias})[j])) * (int64_t){mult}) + ((int64_t)1 << ((int64_t){shift - 1}))) >> ((int64_t){shift}))) + ({out_zp});
    int32_t _2 = (_1) < (127) ? (_1) : (127);
    T_cast[j] = ((int8_t)((_2) > (-128) ? (_2) : (-128)));
  }}
  return 0;
}}

"""
    src.append(dense(layer2, 10, HIDDEN, q.h_zp, 2, 3, q.m2, q.s2, q.out_zp))
    src.append(dense(layer1, HIDDEN, 64, q.in_zp, 0, 1, q.m1, q.s1, q.h_zp))
    src.append(extern_c_prefix() + f"""TVM_DLL int32_t {fused_reshape}(int8_t* p0, int8_t* T_reshape) {{
  for (int32_t ax1_inner = 0; ax1_inner < 64; ++ax1_inner) {{
    T_reshape[ax1_inner] = p0[ax1_inner];
  }}
  return 0;
}}

""")
    sids = [("sid_2", 64, 0, 8), ("sid_3", 32, 0, 8)]
    steps = [(fused_reshape, "input", "sid_2"), (layer1, "sid_2", "sid_3"), (layer2, "sid_3", "output")]
    src.append(main_function("int8_t", steps, sids))
    return "".join(src), workspace_of(sids), [fused_reshape, layer1, layer2]


def int8_relay(q):
    def f(v):
        return f"{v:.8g}f"
    return (relay_signature("int8", "int8") +
            "  %0 = reshape(%" + INPUT_NAME + ", newshape=[1, 64]) /* ty=Tensor[(1, 64), int8] */;\n"
            f"  %1 = qnn.dense(%0, meta[relay.Constant][0] /* ty=Tensor[(32, 64), int8] */, {q.in_zp} /* ty=int32 */, 0 /* ty=int32 */, {f(q.in_scale)} /* ty=float32 */, {f(q.w1_scale)} /* ty=float32 */, units=32, out_dtype=\"int32\") /* ty=Tensor[(1, 32), int32] */;\n"
            "  %2 = nn.bias_add(%1, meta[relay.Constant][1] /* ty=Tensor[(32), int32] */) /* ty=Tensor[(1, 32), int32] */;\n"
            f"  %3 = qnn.requantize(%2, {f(q.in_scale * q.w1_scale)} /* ty=float32 */, 0 /* ty=int32 */, {f(q.h_scale)} /* ty=float32 */, {q.h_zp} /* ty=int32 */, axis=1, out_dtype=\"int8\") /* ty=Tensor[(1, 32), int8] */;\n"
            "  %4 = clip(%3, a_min=-128f, a_max=127f) /* ty=Tensor[(1, 32), int8] */;\n"
            f"  %5 = qnn.dense(%4, meta[relay.Constant][2] /* ty=Tensor[(10, 32), int8] */, {q.h_zp} /* ty=int32 */, 0 /* ty=int32 */, {f(q.h_scale)} /* ty=float32 */, {f(q.w2_scale)} /* ty=float32 */, units=10, out_dtype=\"int32\") /* ty=Tensor[(1, 10), int32] */;\n"
            "  %6 = nn.bias_add(%5, meta[relay.Constant][3] /* ty=Tensor[(10), int32] */) /* ty=Tensor[(1, 10), int32] */;\n"
            f"  qnn.requantize(%6, {f(q.h_scale * q.w2_scale)} /* ty=float32 */, 0 /* ty=int32 */, {f(q.out_scale)} /* ty=float32 */, {q.out_zp} /* ty=int32 */, axis=1, out_dtype=\"int8\") /* ty=Tensor[(1, 10), int8] */\n"
            "}\n")



# ---------------------------------------------------------------------------------------------
# Graph-executor variants (CRT system library): the same operators as packed functions

CRT_DIR = os.environ.get("TINYDEPLOY_TVM_CRT",
                         os.path.join(HERE, "..", "..", "..", "shared", "tvm-crt"))
_FUNCTION_RE = re.compile(
    r'#ifdef __cplusplus\nextern "C"\n#endif\nTVM_DLL int32_t (\w+)\(([^)]*)\) \{\n(.*?)\n'
    r'  return 0;\n\}\n', re.S)
_CONSTANT_RE = re.compile(r"\(\((\w+)\*\)constant_(\d)\)")


def aot_functions(lib1):
    """{name: (parameters, body)} of the AOT operator functions (not main)."""
    found = {}
    for match in _FUNCTION_RE.finditer(lib1):
        if not match.group(1).endswith("__tvm_main__"):
            found[match.group(1)] = ([p.strip() for p in match.group(2).split(",")],
                                     match.group(3))
    return found


def packed_operator(name, parameters, body, constants):
    """The AOT operator @name as a packed function: the same loops, with the constants it uses
    (constants: {index: ctype}) passed as tensors between its input and its output. Returns
    the C text and the constant indices in argument order."""
    (in_type, in_name), (out_type, out_name) = (p.rsplit(" ", 1) for p in parameters)
    used = sorted({int(i) for _, i in _CONSTANT_RE.findall(body)})
    args = [(in_type.rstrip("*").strip(), in_name)]
    mapping = {}
    for offset, index in enumerate(used, start=1):
        mapping[index] = f"p{offset}"
        args.append((constants[index], f"p{offset}"))
    args.append((out_type.rstrip("*").strip(), out_name))
    body = _CONSTANT_RE.sub(lambda m: f"(({m.group(1)}*){mapping[int(m.group(2))]})", body)
    prologue = graph_mlf.packed_prologue(name, [t for t, _ in args], [a for _, a in args])
    return prologue + body + "\n  return 0;\n}\n\n", used


def graph_archive(lib1_aot, steps, weights, ctypes, formats, in_dtype):
    """The graph, default_lib1.c, default_lib0.c and params of the model whose AOT C is
    lib1_aot. steps: [(operator, output shape, output dtype)] in order, each taking the
    previous output and the constants it uses; weights: [(param name, array)], constant_N of
    the AOT code = weights[N]; ctypes/formats: the C type and literal format per constant."""
    functions = aot_functions(lib1_aot)
    src = [lib1_prologue()]
    graph = graph_mlf.Graph()
    node = graph.null(INPUT_NAME, INPUT_SHAPE, in_dtype, None)
    for name, shape, dtype in steps:
        text, used = packed_operator(name, *functions[name], ctypes)
        src.append(text)
        inputs = [node] + [graph.null(weights[i][0], weights[i][1].shape,
                                      str(weights[i][1].dtype), None) for i in used]
        node = graph.op(name, inputs, shape, dtype, None)
    _assign_sids(graph)
    param_sids = {graph.nodes[i]["name"]: graph.sids[i] for i in graph.arg_nodes[1:]}
    src.append(graph_mlf.linked_params(
        [(n, a, ctypes[i], formats[i]) for i, (n, a) in enumerate(weights)], param_sids, c_array))
    registry = sorted(name for name, _, _ in steps) + ["_lookup_linked_param"]
    constants = sum(a.nbytes for _, a in weights)
    return (graph, "".join(src), graph_mlf.lib0(registry), graph_mlf.save_params(weights),
            constants)


def _assign_sids(graph):
    """Storage ids in node order; an operator's output reuses a freed buffer of the same dtype
    that is large enough, except the graph's output, which gets its own."""
    sizes = []
    last_use = {}
    for index, node in enumerate(graph.nodes):
        for entry in node["inputs"]:
            last_use[entry[0]] = index
    free = []
    head = len(graph.nodes) - 1
    for index, node in enumerate(graph.nodes):
        count = int(np.prod(graph.shapes[index])) * np.dtype(graph.dtypes[index]).itemsize
        sid = None
        if node["op"] == "tvm_op" and index != head:
            for candidate in free:
                if sizes[candidate][0] >= count and sizes[candidate][1] == graph.dtypes[index]:
                    sid = candidate
                    free.remove(candidate)
                    break
        if sid is None:
            sid = len(sizes)
            sizes.append((count, graph.dtypes[index]))
        graph.sids[index] = sid
        # Inputs of this node whose last use it is become free (operator outputs only).
        for entry in node["inputs"]:
            producer = entry[0]
            if last_use.get(producer) == index and graph.nodes[producer]["op"] == "tvm_op":
                free.append(graph.sids[producer])


def graph_files(graph, lib1, lib0_text, params_blob, constants, relay, in_dtype,
                    in_bytes, out_dtype, out_bytes, operators, when):
    sids = graph_mlf.sid_table(graph, [INPUT_NAME], None)
    files = {
        "codegen/host/src/default_lib0.c": lib0_text.encode(),
        "codegen/host/src/default_lib1.c": lib1.encode(),
        "executor-config/graph/default.graph": graph.to_json(len(graph.nodes) - 1).encode(),
        "metadata.json": metadata(in_dtype, in_bytes, out_dtype, out_bytes, 0, operators, when,
                                  executor="graph", sids=sids, constants=constants).encode(),
        "parameters/default.params": params_blob,
        "src/default.relay": relay.encode(),
    }
    return files


def check_graph(files, weights, inputs, out_dtype, aot_out, exact):
    """The graph archive's params hold the weights, and TVM's CRT graph executor running its
    C gives the AOT C's outputs (bit-exact, or within 1e-5 relative)."""
    loaded = graph_mlf.load_params(files["parameters/default.params"])
    assert [n for n, _ in loaded] == [n for n, _ in weights]
    for (_, got), (_, want) in zip(loaded, weights):
        assert got.dtype == want.dtype and np.array_equal(got, want)
    graph_json = json.loads(files["executor-config/graph/default.graph"])
    minified = len(json.dumps(graph_json, separators=(",", ":")))
    out = graph_mlf.run_graph_c(files, CRT_DIR, INPUT_NAME, inputs, out_dtype, OUTPUT_SHAPE)
    if exact:
        assert np.array_equal(out, aot_out), "graph C differs from the AOT C"
        worst = 0.0
    else:
        worst = float(np.max(np.abs(out - aot_out) / np.maximum(np.abs(aot_out), 1e-30)))
        assert np.allclose(out, aot_out, rtol=1e-5, atol=1e-7), f"graph vs AOT: {worst}"
    return out, minified, worst


# ---------------------------------------------------------------------------------------------
# Host check: compile the generated C with gcc and run it


STUB_RUNTIME_API = """#ifndef TVM_RUNTIME_C_RUNTIME_API_H_
#define TVM_RUNTIME_C_RUNTIME_API_H_
#include <stddef.h>
#include <stdint.h>
#define TVM_DLL
#endif
"""

STUB_BACKEND_API = """#ifndef TVM_RUNTIME_C_BACKEND_API_H_
#define TVM_RUNTIME_C_BACKEND_API_H_
#include "tvm/runtime/c_runtime_api.h"
void* TVMBackendAllocWorkspace(int device_type, int device_id, uint64_t nbytes, int dtype_code_hint,
                               int dtype_bits_hint);
int TVMBackendFreeWorkspace(int device_type, int device_id, void* ptr);
#endif
"""

# A LIFO arena of exactly TVMGEN_DEFAULT_WORKSPACE_SIZE bytes: also proves the declared workspace
# is enough.
STUB_RUNNER = r"""#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "tvm/runtime/c_backend_api.h"
#include "tvmgen_default.h"

static uint8_t arena[TVMGEN_DEFAULT_WORKSPACE_SIZE + 16] __attribute__((aligned(16)));
static size_t used;
static size_t marks[16];
static int depth;

void* TVMBackendAllocWorkspace(int device_type, int device_id, uint64_t nbytes, int code, int bits) {
  (void)device_type; (void)device_id; (void)code; (void)bits;
  size_t size = (size_t)((nbytes + 15) / 16 * 16);
  if (used + size > TVMGEN_DEFAULT_WORKSPACE_SIZE || depth == 16) return NULL;
  marks[depth++] = used;
  void* p = arena + used;
  used += size;
  return p;
}

int TVMBackendFreeWorkspace(int device_type, int device_id, void* ptr) {
  (void)device_type; (void)device_id;
  if (depth == 0 || ptr != arena + marks[depth - 1]) return -1;
  used = marks[--depth];
  return 0;
}

int main(int argc, char** argv) {
  if (argc != 4) return 2;
  FILE* in = fopen(argv[1], "rb");
  FILE* out = fopen(argv[2], "wb");
  long count = atol(argv[3]);
  static uint8_t input[TVMGEN_DEFAULT_INPUT_SIZE_MACRO];
  static uint8_t output[TVMGEN_DEFAULT_OUTPUT_SIZE_MACRO];
  if (!in || !out) return 3;
  for (long i = 0; i < count; ++i) {
    if (fread(input, 1, sizeof input, in) != sizeof input) return 4;
    memset(output, 0xA5, sizeof output);
    struct tvmgen_default_inputs inputs = {input};
    struct tvmgen_default_outputs outputs = {output};
    if (tvmgen_default_run(&inputs, &outputs) != 0) return 5;
    if (used != 0 || depth != 0) return 6;
    fwrite(output, 1, sizeof output, out);
  }
  fclose(in);
  return fclose(out) == 0 ? 0 : 7;
}
"""


def run_c(files, inputs, out_dtype, out_count):
    with tempfile.TemporaryDirectory(prefix="tinydeploy-samples-") as tmp:
        for name, data in files.items():
            path = os.path.join(tmp, "mlf", name)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as f:
                f.write(data)
        stub = os.path.join(tmp, "stub")
        os.makedirs(os.path.join(stub, "tvm", "runtime"))
        with open(os.path.join(stub, "tvm", "runtime", "c_runtime_api.h"), "w") as f:
            f.write(STUB_RUNTIME_API)
        with open(os.path.join(stub, "tvm", "runtime", "c_backend_api.h"), "w") as f:
            f.write(STUB_BACKEND_API)
        runner = os.path.join(stub, "runner.c")
        with open(runner, "w") as f:
            f.write(STUB_RUNNER.replace("TVMGEN_DEFAULT_INPUT_SIZE_MACRO",
                                        f"TVMGEN_DEFAULT_{sanitize(INPUT_NAME).upper()}_SIZE")
                    .replace("TVMGEN_DEFAULT_OUTPUT_SIZE_MACRO",
                             f"TVMGEN_DEFAULT_{sanitize(OUTPUT_NAME).upper()}_SIZE"))
        exe = os.path.join(tmp, "runner")
        src = os.path.join(tmp, "mlf", "codegen", "host", "src")
        subprocess.run(["gcc", "-std=c11", "-O2", "-Wall", "-Wextra", "-Werror",
                        "-I", stub, "-I", os.path.join(tmp, "mlf", "codegen", "host", "include"),
                        os.path.join(src, "default_lib0.c"), os.path.join(src, "default_lib1.c"),
                        runner, "-o", exe, "-lm"], check=True)
        in_path, out_path = os.path.join(tmp, "in.bin"), os.path.join(tmp, "out.bin")
        with open(in_path, "wb") as f:
            f.write(np.ascontiguousarray(inputs).tobytes())
        subprocess.run([exe, in_path, out_path, str(len(inputs))], check=True)
        return np.fromfile(out_path, dtype=out_dtype).reshape(len(inputs), out_count)


# ---------------------------------------------------------------------------------------------


def save_npy(path, array):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    np.save(path, array)


def pick_samples(y_test):
    """The first test image of each of a few different digits, so the samples differ."""
    picked = []
    for digit in (0, 3, 4, 7, 9)[:SAMPLE_COUNT]:
        picked.append(int(np.flatnonzero(y_test == digit)[0]))
    return picked


# ---------------------------------------------------------------------------------------------
# The labelled validation set: every held-out image, for `tinydeploy-cli validate`.


def write_validation_set(folder, images, expected, labels):
    """One data set in TinyDeploy's folder layout: inputs/NAME.npy, expected/NAME.npy and
    labels.csv (file,label; file relative to the folder)."""
    rows = ["file,label"]
    for index in range(len(images)):
        name = f"test_{index:03d}.npy"
        save_npy(os.path.join(folder, "inputs", name), images[index:index + 1])
        save_npy(os.path.join(folder, "expected", name), expected[index:index + 1])
        rows.append(f"inputs/{name},{int(labels[index])}")
    with open(os.path.join(folder, "labels.csv"), "w") as f:
        f.write("\n".join(rows) + "\n")


def write_validation_sets(images, images_q, y_test, c_float_out, c_int8_out):
    """validation/float32 and validation/int8: the 450 held-out images with their labels and
    the compiled C code's outputs, so that validation works out of the box."""
    root = os.path.join(HERE, "validation")
    write_validation_set(os.path.join(root, "float32"), images.astype(np.float32),
                         c_float_out.astype(np.float32), y_test)
    write_validation_set(os.path.join(root, "int8"), images_q, c_int8_out, y_test)
    return {"validation_images": int(len(y_test)),
            "validation_float32_accuracy": float(np.mean(c_float_out.argmax(axis=1) == y_test)),
            "validation_int8_accuracy": float(np.mean(c_int8_out.argmax(axis=1) == y_test))}


def main():
    epoch = int(os.environ.get("SOURCE_DATE_EPOCH", DEFAULT_EPOCH))
    when = datetime.datetime.fromtimestamp(epoch, datetime.timezone.utc).replace(tzinfo=None)
    clf, x_train, x_test, y_train, y_test = train()
    sk_accuracy = clf.score(x_test, y_test)
    images = x_test.reshape(-1, *INPUT_SHAPE[1:])

    # float32
    params = float_model(clf)
    lib1, workspace, operators = float_sources(params)
    files = {
        "codegen/host/include/tvmgen_default.h": header(256, 40, workspace).encode(),
        "codegen/host/src/default_lib0.c": lib0().encode(),
        "codegen/host/src/default_lib1.c": lib1.encode(),
        "metadata.json": metadata("float32", 256, "float32", 40, workspace, operators, when).encode(),
        "parameters/default.params": EMPTY_PARAMS,
        "src/default.relay": float_relay(params).encode(),
    }
    c_float_out = run_c(files, images.astype(np.float32), np.float32, 10)
    ref = float_reference(params, images)
    rel = np.abs(c_float_out - ref) / np.maximum(np.abs(ref), 1e-30)
    worst = float(np.max(np.where(np.abs(ref) > 1e-6, rel, 0.0)))
    assert np.allclose(c_float_out, ref, rtol=1e-5, atol=1e-7), f"float C vs numpy: {worst}"
    float_accuracy = float(np.mean(c_float_out.argmax(axis=1) == y_test))
    write_mlf(os.path.join(HERE, "digits_float32.tar"), files, when)

    steps = list(zip(operators, [(1, 64), (1, 32), (1, 10), (1, 10)], ["float32"] * 4))
    weights = [(f"p{i}", p) for i, p in enumerate(params)]
    graph, glib1, glib0, gparams, gconst = graph_archive(
        lib1, steps, weights, {i: "float" for i in range(4)}, {i: c_float for i in range(4)},
        "float32")
    files = graph_files(graph, glib1, glib0, gparams, gconst, float_relay(params), "float32",
                        256, "float32", 40, operators, when)
    _, float_graph_json, float_graph_worst = check_graph(
        files, weights, images.astype(np.float32), np.float32, c_float_out, exact=False)
    write_mlf(os.path.join(HERE, "digits_float32_graph.tar"), files, when)

    # int8
    q = quantize(clf, x_train)
    lib1, workspace, operators = int8_sources(q)
    files = {
        "codegen/host/include/tvmgen_default.h": header(64, 10, workspace).encode(),
        "codegen/host/src/default_lib0.c": lib0().encode(),
        "codegen/host/src/default_lib1.c": lib1.encode(),
        "metadata.json": metadata("int8", 64, "int8", 10, workspace, operators, when).encode(),
        "parameters/default.params": EMPTY_PARAMS,
        "src/default.relay": int8_relay(q).encode(),
    }
    images_q = quantize_input(q, images)
    c_int8_out = run_c(files, images_q, np.int8, 10)
    assert np.array_equal(c_int8_out, int8_reference(q, images_q)), "int8 C differs from numpy"
    int8_accuracy = float(np.mean(c_int8_out.argmax(axis=1) == y_test))
    write_mlf(os.path.join(HERE, "digits_int8.tar"), files, when)

    steps = list(zip(operators, [(1, 64), (1, 32), (1, 10)], ["int8"] * 3))
    weights = [("p0", q.w1), ("p1", q.b1), ("p2", q.w2), ("p3", q.b2)]
    graph, glib1, glib0, gparams, gconst = graph_archive(
        lib1, steps, weights, {0: "int8_t", 1: "int32_t", 2: "int8_t", 3: "int32_t"},
        {i: str for i in range(4)}, "int8")
    files = graph_files(graph, glib1, glib0, gparams, gconst, int8_relay(q), "int8", 64, "int8",
                        10, operators, when)
    _, int8_graph_json, _ = check_graph(files, weights, images_q, np.int8, c_int8_out, exact=True)
    write_mlf(os.path.join(HERE, "digits_int8_graph.tar"), files, when)

    quant = {
        "model": "digits_int8.tar",
        "formula": "real = scale * (q - zero_point)",
        "inputs": {INPUT_NAME: {"dtype": "int8", "shape": list(INPUT_SHAPE), "scale": q.in_scale,
                                "zero_point": q.in_zp,
                                "real_meaning": "pixel intensity 0..1 (digits data set value / 16)"}},
        "outputs": {OUTPUT_NAME: {"dtype": "int8", "shape": list(OUTPUT_SHAPE),
                                  "scale": q.out_scale, "zero_point": q.out_zp,
                                  "real_meaning": "logits (apply softmax for probabilities)"}},
    }
    with open(os.path.join(HERE, "digits_int8.quant.json"), "w") as f:
        json.dump(quant, f, indent=2, sort_keys=True)
        f.write("\n")
    with open(os.path.join(HERE, "labels.txt"), "w") as f:
        f.write("".join(f"{i}\n" for i in range(10)))

    picked = pick_samples(y_test)
    truth = {}
    for n, index in enumerate(picked):
        name = f"sample_{n}.npy"
        save_npy(os.path.join(HERE, "inputs", "float32", name), images[index:index + 1].astype(np.float32))
        save_npy(os.path.join(HERE, "inputs", "int8", name), images_q[index:index + 1])
        save_npy(os.path.join(HERE, "expected", "float32", name), c_float_out[index:index + 1].astype(np.float32))
        save_npy(os.path.join(HERE, "expected", "int8", name), c_int8_out[index:index + 1])
        truth[name] = {"label": int(y_test[index]), "test_index": index,
                       "float32_prediction": int(c_float_out[index].argmax()),
                       "int8_prediction": int(c_int8_out[index].argmax())}
    with open(os.path.join(HERE, "inputs", "labels.json"), "w") as f:
        json.dump(truth, f, indent=2, sort_keys=True)
        f.write("\n")

    summary = {
        "held_out_images": int(len(y_test)),
        "sklearn_float_accuracy": sk_accuracy,
        "c_float32_accuracy": float_accuracy,
        "c_int8_accuracy": int8_accuracy,
        "float32_worst_relative_diff_c_vs_numpy": worst,
        "int8_c_equals_numpy": True,
        "float32_graph_worst_relative_diff_vs_aot": float_graph_worst,
        "int8_graph_equals_aot": True,
        "graph_json_minified_bytes": {"float32": float_graph_json, "int8": int8_graph_json},
    }
    summary.update(write_validation_sets(images, images_q, y_test, c_float_out, c_int8_out))
    print(json.dumps(summary, indent=2))
    if min(float_accuracy, int8_accuracy) < 0.95:
        sys.exit("accuracy below 95 %")


if __name__ == "__main__":
    main()
