"""Model Library Format archives: the model's interface as an extracted archive declares it.

Reads what the archive really contains (metadata.json of versions 1-7, the C interface header,
the Relay text and the generated C sources). Extraction is in extract.py, the glue C file that
fills the device runtime's td_model_t in glue.py.
"""

import json
import logging
import pathlib
import re

from .errors import ServerError

_LOG = logging.getLogger("tdserver.mlf")

# DLPack type codes and element sizes, for the dtype names TVM writes.
_DTYPE_RE = re.compile(r"^(u?int|float|bfloat|bool)(\d*)$")


def parse_dtype(name):
    """'float32' -> (2, 32); 'int8' -> (0, 8); 'uint8' -> (1, 8); 'bool' -> (1, 8)."""
    match = _DTYPE_RE.match((name or "").strip())
    if not match:
        raise ServerError(f"The model uses the data type {name!r}, which TinyDeploy cannot carry.")
    kind, bits = match.group(1), match.group(2)
    code = {"int": 0, "uint": 1, "float": 2, "bfloat": 4, "bool": 1}[kind]
    bits = int(bits) if bits else 8
    return code, bits


def sanitize(name):
    """TVM's SanitizeName: every character that is not a letter or digit becomes '_'."""
    return re.sub(r"[^A-Za-z0-9]", "_", name)


class Tensor:
    def __init__(self, name, member, dtype, nbytes, shape):
        self.name = name  # raw name, e.g. "serving_default_input_1:0"
        self.member = member  # C struct member / sanitized name
        self.dtype = dtype
        self.nbytes = nbytes
        self.shape = shape  # list of ints, or None when unknown

    def __repr__(self):
        return f"Tensor({self.name!r}, {self.dtype}, {self.nbytes} B, shape={self.shape})"


class ModelInfo:
    """What generate_project needs to know about one AOT module of an extracted archive."""

    def __init__(self):
        self.version = None
        self.module = "default"
        self.workspace_bytes = None
        self.inputs = []
        self.outputs = []
        self.entry_point = None
        self.entry_kind = None  # "run" (structs) or "run_model" (pointer arguments)
        self.entry_args = []  # parameter list of the entry point, as written in the C code
        self.pools = []  # (member, size macro) of external workspace pools
        self.devices = []  # members of the devices struct
        self.has_header = False
        self.has_runtime = False
        self.has_templates = False
        self.sources = []  # codegen sources relative to the model dir
        self.objects = []  # codegen object files
        self.warnings = []


def load_metadata(model_dir):
    path = model_dir / "metadata.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ServerError(
            "The archive has no metadata.json: it is not a Model Library Format archive."
        ) from None
    except (ValueError, UnicodeDecodeError) as error:
        raise ServerError("The archive's metadata.json is not valid JSON.", str(error)) from None


def pick_module(metadata):
    if metadata.get("style") == "operator":
        raise ServerError(
            "This archive holds single operators (tvm.build output), not a model: export the "
            "model with tvmc compile or relay.build."
        )
    modules = metadata.get("modules")
    if isinstance(modules, dict) and modules:
        name = "default" if "default" in modules else sorted(modules)[0]
        return name, modules[name], len(modules)
    return metadata.get("model_name") or "default", metadata, 1


def _relay_text(model_dir, module):
    for candidate in (f"src/{module}.relay", "src/relay.txt", "relay.txt"):
        path = model_dir / candidate
        if path.is_file():
            return path.read_text(encoding="utf-8", errors="replace")
    return None


_TENSOR_TYPE_RE = re.compile(r"Tensor\[\(([^)]*)\),\s*([A-Za-z0-9_]+)\]")


def _parse_tensor_type(text):
    match = _TENSOR_TYPE_RE.search(text)
    if not match:
        return None
    dims = [d.strip() for d in match.group(1).split(",") if d.strip()]
    try:
        shape = [int(re.sub(r"i(64|32)$", "", d)) for d in dims]
    except ValueError:
        shape = None
    return shape, match.group(2)


def parse_relay_main(text):
    """Parameters, return types and output_tensor_names of `def @main(...)` in Relay text."""
    params = []
    returns = []
    output_names = []
    if not text:
        return params, returns, output_names
    start = text.find("def @main(")
    if start < 0:
        return params, returns, output_names
    # Find the matching closing parenthesis of the parameter list.
    depth = 0
    index = start + len("def @main")
    end = -1
    for index in range(index, len(text)):
        char = text[index]
        if char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
            if depth == 0:
                end = index
                break
    if end < 0:
        return params, returns, output_names
    signature = text[start + len("def @main(") : end]
    signature = re.sub(r"/\*.*?\*/", "", signature, flags=re.S)
    for match in re.finditer(r"%([A-Za-z0-9_.:]+)\s*:\s*(Tensor\[\([^)]*\),\s*[A-Za-z0-9_]+\])", signature):
        parsed = _parse_tensor_type(match.group(2))
        if parsed:
            params.append((match.group(1), parsed[0], parsed[1]))
    names = re.search(r"output_tensor_names\s*=\s*\[([^\]]*)\]", signature)
    if names:
        output_names = re.findall(r'"([^"]*)"', names.group(1))
    body_start = text.find("{", end)
    tail = text[end + 1 : body_start if body_start > 0 else len(text)]
    tail = re.sub(r"/\*.*?\*/", "", tail, flags=re.S)
    if "->" in tail:
        for tensor in _TENSOR_TYPE_RE.finditer(tail.split("->", 1)[1]):
            parsed = _parse_tensor_type(tensor.group(0))
            if parsed:
                returns.append(parsed)
    return params, returns, output_names


def _struct_members(header, struct_name):
    match = re.search(r"struct\s+" + re.escape(struct_name) + r"\s*\{([^}]*)\}", header)
    if not match:
        return None
    body = re.sub(r"/\*.*?\*/|//[^\n]*", "", match.group(1), flags=re.S)
    return re.findall(r"\*\s*([A-Za-z_][A-Za-z0-9_]*)\s*;", body)


def _macros(header):
    return {
        name: int(value, 0)
        for name, value in re.findall(r"#define\s+([A-Z0-9_]+)\s+\(?\s*(0x[0-9a-fA-F]+|\d+)", header)
    }


def _find_entry_point(model_dir, module, sources):
    """The entry point the generated C really defines: (name, kind, parameter list)."""
    prefix = f"tvmgen_{module}"
    definition = re.compile(
        r"\b(" + re.escape(prefix) + r"_run(?:_model)?)\s*\(([^)]*)\)\s*\{", re.S
    )
    found = {}
    for source in sources:
        text = (model_dir / source).read_text(encoding="utf-8", errors="replace")
        for match in definition.finditer(text):
            args = [a.strip() for a in match.group(2).split(",") if a.strip()]
            found[match.group(1)] = args
    if f"{prefix}_run" in found:
        return f"{prefix}_run", "run", found[f"{prefix}_run"]
    if f"{prefix}_run_model" in found:
        return f"{prefix}_run_model", "run_model", found[f"{prefix}_run_model"]
    return None, None, []


def read_model(model_dir):
    """Reads an extracted archive. Raises ServerError when it cannot run on our runtime."""
    model_dir = pathlib.Path(model_dir)
    metadata = load_metadata(model_dir)
    info = ModelInfo()
    info.version = metadata.get("version")
    module, meta, count = pick_module(metadata)
    info.module = module
    if count > 1:
        info.warnings.append(f"The archive has {count} modules; only {module!r} is deployed.")

    executors = meta.get("executors") or meta.get("runtimes") or []
    if executors and "aot" not in executors:
        raise ServerError(
            f"The model was compiled for the {executors[0]} executor; standalone projects run "
            "AOT models: compile with --executor=aot --interface-api=c --unpacked-api, or "
            "generate with project_type=host_driven (host and qemu-cortex-m templates)."
        )

    memory = meta.get("memory")
    main_entries = []
    if isinstance(memory, dict):
        main_entries = (memory.get("functions") or {}).get("main") or []
    if main_entries:
        info.workspace_bytes = sum(int(e.get("workspace_size_bytes") or 0) for e in main_entries)
    meta_inputs = {}
    meta_outputs = {}
    io_size = None
    for entry in main_entries:
        meta_inputs.update(entry.get("inputs") or {})
        meta_outputs.update(entry.get("outputs") or {})
        if entry.get("io_size_bytes") is not None:
            io_size = (io_size or 0) + int(entry["io_size_bytes"])

    codegen = model_dir / "codegen" / "host"
    info.sources = sorted(
        str(p.relative_to(model_dir))
        for p in (codegen / "src").glob("*")
        if p.suffix in (".c", ".cc", ".cpp")
    )
    info.objects = sorted(str(p.relative_to(model_dir)) for p in (codegen / "lib").glob("*.o"))
    if not info.sources and not info.objects:
        raise ServerError("The archive has no generated code (codegen/host is empty).")
    if any(s.endswith((".cc", ".cpp")) for s in info.sources):
        raise ServerError(
            "The archive's generated code is C++; TinyDeploy's templates build C code: compile "
            "with the 'c' target."
        )
    info.has_runtime = (model_dir / "runtime").is_dir()
    info.has_templates = (model_dir / "templates" / "crt_config.h.template").is_file()

    header_path = codegen / "include" / f"tvmgen_{module}.h"
    header = header_path.read_text(encoding="utf-8", errors="replace") if header_path.is_file() else ""
    info.has_header = bool(header)
    macros = _macros(header)
    upper = f"TVMGEN_{module.upper()}"
    if info.workspace_bytes is None and f"{upper}_WORKSPACE_SIZE" in macros:
        info.workspace_bytes = macros[f"{upper}_WORKSPACE_SIZE"]

    relay_params, relay_returns, relay_output_names = parse_relay_main(
        _relay_text(model_dir, module)
    )
    relay_by_member = {sanitize(name): (name, shape, dtype) for name, shape, dtype in relay_params}

    in_members = _struct_members(header, f"tvmgen_{module}_inputs")
    out_members = _struct_members(header, f"tvmgen_{module}_outputs")
    info.pools = [
        (member, f"{upper}_{member.upper()}_WORKSPACE_POOL_SIZE")
        for member in (_struct_members(header, f"tvmgen_{module}_workspace_pools") or [])
    ]
    info.devices = _struct_members(header, f"tvmgen_{module}_devices") or []

    # Inputs: header order, else metadata order, else the Relay parameters that are not
    # bound constants.
    if in_members is None:
        if meta_inputs:
            in_members = [sanitize(name) for name in meta_inputs]
        else:
            in_members = [
                sanitize(name) for name, _, _ in relay_params if not name.startswith("v_param_")
            ]
    meta_in_by_member = {sanitize(k): (k, v) for k, v in meta_inputs.items()}
    for member in in_members:
        raw, dtype, nbytes, shape = member, None, None, None
        if member in meta_in_by_member:
            raw, entry = meta_in_by_member[member]
            dtype, nbytes = entry.get("dtype"), entry.get("size")
        if member in relay_by_member:
            relay_name, relay_shape, relay_dtype = relay_by_member[member]
            if raw == member:
                raw = relay_name
            shape = relay_shape
            dtype = dtype or relay_dtype
        nbytes = nbytes if nbytes is not None else macros.get(f"{upper}_{member.upper()}_SIZE")
        info.inputs.append(Tensor(raw, member, dtype, nbytes, shape))

    if out_members is None:
        if meta_outputs:
            out_members = [sanitize(name) for name in meta_outputs]
        else:
            count_out = max(1, len(relay_returns))
            out_members = ["output"] if count_out == 1 else [f"output{i}" for i in range(count_out)]
    meta_out_by_member = {sanitize(k): (k, v) for k, v in meta_outputs.items()}
    for index, member in enumerate(out_members):
        raw, dtype, nbytes, shape = member, None, None, None
        if member in meta_out_by_member:
            raw, entry = meta_out_by_member[member]
            dtype, nbytes = entry.get("dtype"), entry.get("size")
        elif index < len(relay_output_names) and sanitize(relay_output_names[index]) == member:
            raw = relay_output_names[index]
        if index < len(relay_returns) and len(relay_returns) == len(out_members):
            shape, relay_dtype = relay_returns[index]
            dtype = dtype or relay_dtype
        nbytes = nbytes if nbytes is not None else macros.get(f"{upper}_{member.upper()}_SIZE")
        info.outputs.append(Tensor(raw, member, dtype, nbytes, shape))

    _complete_tensors(info, io_size)
    info.entry_point, info.entry_kind, info.entry_args = _find_entry_point(
        model_dir, module, info.sources
    )
    if info.entry_point is None:
        if info.objects and info.has_header:
            # Object-only (llvm target) archives: trust the header.
            info.entry_point, info.entry_kind = f"tvmgen_{module}_run", "run"
            info.entry_args = ["inputs", "outputs"]
        else:
            raise ServerError(
                f"The archive's C code defines neither tvmgen_{module}_run nor "
                f"tvmgen_{module}_run_model: compile with --interface-api=c."
            )
    if info.entry_kind == "run" and not info.has_header:
        raise ServerError(f"The archive has no codegen/host/include/tvmgen_{module}.h header.")
    if info.entry_kind == "run" and not any("_inputs" in a for a in info.entry_args) and info.inputs:
        raise ServerError(
            "The model keeps its inputs and outputs in workspace pools; TinyDeploy's templates "
            "need them as separate buffers: compile without --workspace-pools for I/O."
        )
    return info


def _element_bytes(dtype):
    _, bits = parse_dtype(dtype)
    return max(1, bits // 8)


def _complete_tensors(info, io_size):
    """Fills missing dtypes, sizes and shapes from what is known."""
    known_dtype = next((t.dtype for t in info.inputs + info.outputs if t.dtype), None)
    for tensor in info.inputs + info.outputs:
        if tensor.dtype is None:
            if known_dtype is None:
                raise ServerError(f"The data type of tensor {tensor.name!r} is not in the archive.")
            tensor.dtype = known_dtype
            info.warnings.append(
                f"The data type of {tensor.name!r} is not in the archive; assuming {known_dtype}."
            )
        if tensor.nbytes is None and tensor.shape is not None:
            count = 1
            for dim in tensor.shape:
                count *= dim
            tensor.nbytes = count * _element_bytes(tensor.dtype)
    missing = [t for t in info.inputs + info.outputs if t.nbytes is None]
    if len(missing) == 1 and io_size is not None:
        # v5-v6 archives record only the total I/O size: the one unknown tensor takes the rest.
        rest = io_size - sum(t.nbytes for t in info.inputs + info.outputs if t.nbytes is not None)
        if rest > 0:
            missing[0].nbytes = rest
            missing = []
    if missing:
        raise ServerError(f"The size of tensor {missing[0].name!r} cannot be found in the archive.")
    for tensor in info.inputs + info.outputs:
        if tensor.shape is not None:
            count = 1
            for dim in tensor.shape:
                count *= dim
            if count * _element_bytes(tensor.dtype) != tensor.nbytes or len(tensor.shape) > 6:
                tensor.shape = None


def default_workspace_bytes(info, fallback=256 * 1024):
    """Workspace arena size: the archive's figure plus a margin, else fallback.

    The margin covers our allocator's 16-byte alignment of every block and archives whose
    figure misses main's own temporaries: 1/4 more plus 1 KiB.
    """
    if info.workspace_bytes is None:
        return fallback
    return int(info.workspace_bytes * 5 // 4 + 1024)
