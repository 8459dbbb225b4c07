"""Host-driven projects (project_type=host_driven): TVM's standalone CRT RPC server, its graph
and AOT executors and the model, around our platform glue (common/hostdriven/ and the
template's board files). The host runs the model over microTVM RPC, as with TVM's own
templates, instead of our framed protocol.

Where the CRT comes from, in this order: the standalone_crt_dir given to generate_project, the
archive's runtime/ folder, the crt_dir option. The project gets a copy (crt/), as TVM's
templates make one, and our crt_config.h (crt_config/).
"""

import json
import pathlib
import re
import shutil
import struct

from . import mlf, options
from .errors import ServerError
from .server import project_option

STANDALONE = "standalone"
HOST_DRIVEN = "host_driven"
PROJECT_TYPES = [STANDALONE, HOST_DRIVEN]

# What a folder must hold to be a standalone CRT we can build host-driven firmware from.
CRT_MARKERS = (
    "include/tvm/runtime/crt/microtvm_rpc_server.h",
    "include/tvm/runtime/c_runtime_api.h",
    "src/runtime/crt/microtvm_rpc_server/rpc_server.cc",
    "src/runtime/crt/graph_executor/graph_executor.c",
    "src/runtime/crt/common/crt_runtime_api.c",
    "src/runtime/crt/memory/page_allocator.c",
)
# CRT libraries the firmware links (TVM's host template's list minus the stack allocator).
CRT_C_DIRS = (
    "common",
    "graph_executor",
    "graph_executor_module",
    "aot_executor",
    "aot_executor_module",
)
CRT_C_FILES = ("memory/page_allocator.c", "microtvm_rpc_common/crcccitt.c")
CRT_CXX_DIRS = ("microtvm_rpc_common", "microtvm_rpc_server")
MAX_PACKET_SIZE_BYTES = 2048


def is_crt(folder):
    if not folder:
        return False
    folder = pathlib.Path(folder)
    return all((folder / marker).is_file() for marker in CRT_MARKERS)


def find_crt(standalone_crt_dir, model_dir, crt_dir):
    """(folder, where) of the first place that holds a standalone CRT; a ServerError naming
    the three places otherwise."""
    candidates = [
        (standalone_crt_dir, "standalone_crt_dir"),
        (pathlib.Path(model_dir) / "runtime", "archive runtime/"),
        (crt_dir, "crt_dir option"),
    ]
    for folder, where in candidates:
        if is_crt(folder):
            return pathlib.Path(folder).resolve(), where
    raise ServerError(
        "A host-driven project needs TVM's standalone CRT, and none was found in "
        f"standalone_crt_dir ({standalone_crt_dir or 'not given'}), in the archive's runtime/ "
        f"folder or in the crt_dir option ({crt_dir or 'not set'}): pass TVM's standalone_crt "
        "folder as standalone_crt_dir or set crt_dir to it (it must hold include/ and "
        "src/runtime/crt/ with microtvm_rpc_server).",
        "Looked for: " + ", ".join(CRT_MARKERS),
    )


class HostDrivenModel:
    """What a host-driven project needs to know about its archive."""

    def __init__(self):
        self.module = "default"
        self.executor = None  # "graph" or "aot"
        self.sources = []
        self.objects = []
        self.inputs = []  # [{"name", "dtype", "shape", "nbytes"}]
        self.outputs = []
        self.graph = None  # relative path of the graph JSON (graph executor)
        self.params = None  # relative path of the params file


def _defines(model_dir, sources, symbol):
    pattern = re.compile(r"\b" + re.escape(symbol) + r"\s*\(")
    for source in sources:
        text = (model_dir / source).read_text(encoding="utf-8", errors="replace")
        if pattern.search(text):
            return True
    return False


def read_model(model_dir):
    """Reads an extracted archive for a host-driven project; a ServerError saying what to do
    when the archive cannot be driven over microTVM RPC."""
    model_dir = pathlib.Path(model_dir)
    # The same reading and module choice as a standalone project's (mlf.py).
    metadata = mlf.load_metadata(model_dir)
    name, meta, _ = mlf.pick_module(metadata)
    info = HostDrivenModel()
    info.module = name
    executors = meta.get("executors") or meta.get("runtimes") or []
    info.executor = executors[0] if executors else "aot"
    codegen = model_dir / "codegen" / "host"
    info.sources = sorted(
        str(p.relative_to(model_dir)) for p in (codegen / "src").glob("*") if p.suffix == ".c"
    )
    info.objects = sorted(str(p.relative_to(model_dir)) for p in (codegen / "lib").glob("*.o"))
    if not info.sources and not info.objects:
        raise ServerError("The archive has no generated code (codegen/host is empty).")
    if any(p.suffix in (".cc", ".cpp") for p in (codegen / "src").glob("*")):
        raise ServerError(
            "The archive's generated code is C++; TinyDeploy's templates build C code: compile "
            "with the 'c' target."
        )
    has_syslib = bool(info.objects) or _defines(model_dir, info.sources, "TVMSystemLibEntryPoint")
    if info.executor == "aot" and not _defines(
        model_dir, info.sources, f"tvmgen_{name}_get_c_metadata"
    ):
        raise ServerError(
            "This archive is an AOT model with the unpacked C interface "
            f"(tvmgen_{name}_run), which cannot be driven over microTVM RPC: use a "
            "graph-executor archive built with --runtime-crt-system-lib=1 (such as "
            "digits_int8_graph.tar), or generate with project_type=standalone."
        )
    if not has_syslib:
        raise ServerError(
            "The archive was not built with --runtime-crt-system-lib: its C code does not "
            "define TVMSystemLibEntryPoint, which a host-driven project needs: compile with "
            "--runtime=crt --runtime-crt-system-lib=1, or generate with "
            "project_type=standalone."
        )
    if info.executor == "graph":
        graph = model_dir / "executor-config" / "graph" / f"{name}.graph"
        if not graph.is_file():
            graph = model_dir / "executor-config" / "graph" / "graph.json"
        if not graph.is_file():
            raise ServerError(
                "The graph-executor archive has no executor-config/graph/"
                f"{name}.graph: export it again with tvmc compile --executor=graph."
            )
        info.graph = str(graph.relative_to(model_dir))
        params = model_dir / "parameters" / f"{name}.params"
        info.params = str(params.relative_to(model_dir)) if params.is_file() else None
        _graph_tensors(info, json.loads(graph.read_text(encoding="utf-8")), model_dir)
    main = ((meta.get("memory") or {}).get("functions") or {}).get("main") or []
    if not info.inputs and main:
        for key, target in (("inputs", info.inputs), ("outputs", info.outputs)):
            for tensor, entry in (main[0].get(key) or {}).items():
                target.append({"name": tensor, "dtype": entry.get("dtype"), "shape": None,
                               "nbytes": entry.get("size")})
    return info


def _graph_tensors(info, graph, model_dir):
    attrs = graph.get("attrs") or {}
    shapes = (attrs.get("shape") or [None, []])[1]
    dtypes = (attrs.get("dltype") or [None, []])[1]
    row = graph.get("node_row_ptr") or list(range(len(graph.get("nodes", [])) + 1))
    nodes = graph.get("nodes", [])
    params = set(param_names(model_dir / info.params)) if info.params else set()
    for index in graph.get("arg_nodes", []):
        name = nodes[index]["name"]
        if name in params:
            continue
        entry = row[index]
        info.inputs.append({"name": name, "dtype": dtypes[entry], "shape": shapes[entry]})
    for node, output, _ in graph.get("heads", []):
        entry = row[node] + output
        info.outputs.append({"name": f"output{len(info.outputs)}", "dtype": dtypes[entry],
                             "shape": shapes[entry]})


def param_names(path):
    """The names in a SaveParams blob (parameters/<mod>.params)."""
    blob = pathlib.Path(path).read_bytes()
    names = []
    if len(blob) < 24 or struct.unpack_from("<Q", blob, 0)[0] != 0xF7E58D4F05049CB7:
        return names
    (count,) = struct.unpack_from("<Q", blob, 16)
    offset = 24
    for _ in range(min(count, 100000)):
        if offset + 8 > len(blob):
            break
        (length,) = struct.unpack_from("<Q", blob, offset)
        names.append(blob[offset + 8:offset + 8 + length].decode("utf-8", "replace"))
        offset += 8 + length
    return names


def crt_sources(crt):
    """(C sources, C++ sources) of the CRT copy in the project (paths relative to it)."""
    base = pathlib.Path(crt) / "src" / "runtime" / "crt"
    c_sources = []
    for folder in CRT_C_DIRS:
        c_sources += sorted(str(p.relative_to(crt)) for p in (base / folder).glob("*.c"))
    for name in CRT_C_FILES:
        if (base / name).is_file():
            c_sources.append(str((base / name).relative_to(crt)))
    cxx_sources = []
    for folder in CRT_CXX_DIRS:
        cxx_sources += sorted(str(p.relative_to(crt)) for p in (base / folder).glob("*.cc"))
    return c_sources, cxx_sources


def copy_crt(source, project_dir):
    """Copies the CRT's include/ and src/ into project/crt/, as TVM's templates do."""
    target = pathlib.Path(project_dir) / "crt"
    target.mkdir()
    for part in ("include", "src"):
        shutil.copytree(source / part, target / part,
                        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    for name in ("LICENSE", "NOTICE", "README.md"):
        if (source / name).is_file():
            shutil.copy2(source / name, target / name)
    c_sources, cxx_sources = crt_sources(target)
    return ["crt/" + s for s in c_sources], ["crt/" + s for s in cxx_sources]


def generate(handler, mlf_path, project_dir, settings, definitions, standalone_crt_dir, crt_dir):
    """Fills project_dir with a host-driven project (the caller removes it on failure)."""
    from . import extract  # noqa: PLC0415 (keeps this module importable on its own)

    project_dir = pathlib.Path(project_dir)
    model_dir = project_dir / "model"
    extract.safe_extract(mlf_path, model_dir)
    info = read_model(model_dir)
    crt, where = find_crt(standalone_crt_dir, model_dir, crt_dir)
    shutil.copy2(mlf_path, project_dir / "model.tar")
    handler.copy_server_files(project_dir)
    common = pathlib.Path(__file__).resolve().parent.parent
    runtime = project_dir / "runtime"
    runtime.mkdir()
    for header in ("td_platform.h", "td_runner.h"):  # the board's td_platform_*.c needs both
        shutil.copy2(common / "runtime" / header, runtime)
    shutil.copytree(common / "hostdriven", project_dir / "hostdriven",
                    ignore=shutil.ignore_patterns("crt_config.h"))
    (project_dir / "crt_config").mkdir()
    shutil.copy2(common / "hostdriven" / "crt_config.h", project_dir / "crt_config")
    c_sources, cxx_sources = copy_crt(crt, project_dir)
    handler.copy_host_driven_files(project_dir, settings)
    settings["project_type"] = HOST_DRIVEN
    settings["compile_definitions"] = definitions
    settings["crt"] = {"source": str(crt), "found_in": where}
    settings["rpc"] = {"max_packet_size_bytes": MAX_PACKET_SIZE_BYTES}
    settings["model"] = {
        "module": info.module,
        "executor": info.executor,
        "graph": "model/" + info.graph if info.graph else None,
        "params": "model/" + info.params if info.params else None,
        "inputs": info.inputs,
        "outputs": info.outputs,
    }
    variables = {
        "USER_DEFINES": " ".join(options.make_word(d) for d in definitions),
        "MODEL_SOURCES": " ".join("model/" + s for s in info.sources),
        "MODEL_OBJECTS": " ".join("model/" + o for o in info.objects),
        "CRT_C_SOURCES": " ".join(c_sources),
        "CRT_CXX_SOURCES": " ".join(cxx_sources),
    }
    variables.update(handler.make_variables(settings))
    makefile = (handler.server_dir / "Makefile.hostdriven.template").read_text(encoding="utf-8")
    for name, value in variables.items():
        makefile = makefile.replace(f"@{name}@", value)
    (project_dir / "Makefile").write_text(makefile, encoding="utf-8")
    return info, where


def project_options(settings):
    """The options of templates that offer host-driven projects: project_type and crt_dir."""
    return [
        project_option(
            "project_type",
            "str",
            "standalone: the firmware runs the model itself and speaks TinyDeploy's "
            "framed protocol. host_driven: the firmware is TVM's CRT RPC server with "
            "its graph and AOT executors; the host drives the model over microTVM RPC "
            "(TVM's own host can too). Needs a graph-executor archive built with "
            "--runtime-crt-system-lib=1 and TVM's standalone CRT.",
            default=settings.get("project_type", STANDALONE),
            choices=PROJECT_TYPES,
            optional=["generate_project", "build", "flash", "open_transport"],
        ),
        project_option(
            "crt_dir",
            "str",
            "host_driven only: a folder holding TVM's standalone CRT (include/, "
            "src/runtime/crt/), used when generate_project's standalone_crt_dir and the "
            "archive's runtime/ folder have none.",
            default=None,
            optional=["generate_project"],
        ),
    ]
