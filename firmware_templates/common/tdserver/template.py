"""What TinyDeploy's templates share: options, generate_project, build with make, flash under
the device supervisor, and the serial transport. A template subclasses TemplateHandler and
fills in its platform (compiler, board files, how the device is started).
"""

import collections
import json
import logging
import os
import pathlib
import re
import select
import shutil
import signal
import subprocess
import sys
import time

from . import device, extract, glue, hostdriven, mlf, options as opts, tools
from .tools import tool_versions  # noqa: F401  (templates import it from here)
from .boards import (  # noqa: F401  (templates import them from here)
    board_named,
    has_newlib_nano,
    human_bytes,
    overflow_sentence,
    parse_overflows,
)
from .server import ProjectAPIHandler, ServerError, ServerInfo, TransportTimeouts, project_option

_LOG = logging.getLogger("tdserver.template")

COMMON_DIR = pathlib.Path(__file__).resolve().parent.parent  # firmware_templates/common
PROJECT_FILE = "project.json"
OPTIMIZATIONS = ["O0", "O1", "O2", "O3", "Os"]
TOOL_TAIL_LINES = 40


class TemplateHandler(ProjectAPIHandler):
    """Base of our templates. Subclasses set the class attributes and platform hooks."""

    platform_name = None
    default_optimization = "O2"
    compiler = "cc"
    compiler_package = "gcc"
    # Named in the build and flash results ({"tools": {name: version}}), which TinyDeploy
    # writes into its deployment record (TVM's client ignores both results).
    build_tools = ("make",)
    flash_tools = ()
    # Process state (instance values once set; class defaults for helpers that skip __init__).
    _tool = None  # the running build tool (subprocess.Popen)
    _client_fd = None  # the reply pipe, watched while a tool runs (watch_client)
    _session_device = None  # supervisor pid of the device the transport session owns

    def __init__(self, server_dir):
        self.server_dir = pathlib.Path(server_dir).resolve()
        self.transport = device.SerialTransport()
        for signum in (signal.SIGTERM, signal.SIGHUP):
            signal.signal(signum, self._on_signal)

    # -- hooks ----------------------------------------------------------------------------------

    def extra_options(self):
        """Template-specific ProjectOptions."""
        return []

    def environment_problems(self, for_flash=False):
        """One sentence per missing tool."""
        problems = []
        if shutil.which(self.compiler) is None:
            problems.append(f"{self.compiler} not found: install {self.compiler_package}")
        if shutil.which("make") is None:
            problems.append("make not found: install make")
        return problems

    def copy_platform_files(self, project_dir, settings):
        """Copies the board or host platform sources into the new project."""

    def make_variables(self, settings):
        """Extra make variables of the generated Makefile (name -> value)."""
        return {}

    def start_device(self, settings):
        """Starts the built program detached; returns the serial port path."""
        raise NotImplementedError

    def describe_failure(self, output_tail, settings):
        """A one-sentence message for a failed build, from the tool output."""
        return None

    def flash_recipe(self, settings):
        """How to flash this build without the server (flashing/recipe.py: recipe.make(...)),
        written to build/flash_recipe.json after every build; None: this template cannot say,
        and its projects cannot be made into deployment packages."""
        return None

    # Host-driven projects (project_type=host_driven, see hostdriven.py). A template that
    # offers them sets supports_host_driven and overrides these two hooks.
    supports_host_driven = False

    def copy_host_driven_files(self, project_dir, settings):
        """Copies the board glue of host-driven firmware (main, td_platform.h for the board,
        td_hostdriven_board_abort) into the new project."""
        raise NotImplementedError

    def host_driven_problems(self):
        """One sentence per missing tool that only host-driven projects need (C++)."""
        return []

    # -- helpers --------------------------------------------------------------------------------

    @property
    def is_template(self):
        return not (self.server_dir / "model.tar").is_file()

    def project_type(self):
        return self.project_settings().get("project_type", hostdriven.STANDALONE)

    def project_settings(self):
        try:
            return json.loads((self.server_dir / PROJECT_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    def project_options(self):
        settings = {} if self.is_template else self.project_settings()
        workspace_default = settings.get("workspace_size_bytes")
        options = [
            project_option(
                "verbose",
                "bool",
                "Show every compiler command line in the build log.",
                default=False,
                optional=["generate_project", "build"],
            ),
            project_option(
                "optimization",
                "str",
                "Compiler optimization level (-O0 ... -O3, -Os for small code).",
                default=settings.get("optimization", self.default_optimization),
                choices=OPTIMIZATIONS,
                optional=["generate_project", "build"],
            ),
            project_option(
                "workspace_size_bytes",
                "int",
                "Bytes of RAM for the model's working memory (TVM workspace). Empty: the "
                "archive's workspace figure plus a quarter and 1 KiB for alignment, or 256 KiB "
                "when the archive does not say.",
                default=workspace_default,
                optional=["generate_project"],
            ),
            project_option(
                "compile_definitions",
                "str",
                "Extra preprocessor definitions for every C file: a list of strings such as "
                "'-DFOO=1' (a single string may separate them with ';' or ',').",
                default=None,
                optional=["generate_project"],
            ),
            project_option(
                "warning_as_error",
                "bool",
                "Treat compiler warnings as errors.",
                default=False,
                optional=["generate_project", "build"],
            ),
        ]
        if self.supports_host_driven:
            options += hostdriven.project_options(settings)
        return options + self.extra_options()

    def _settings_from(self, options, base=None):
        settings = dict(base or {})
        settings["optimization"] = opts.get_str(
            options, "optimization", settings.get("optimization", self.default_optimization),
            OPTIMIZATIONS,
        )
        settings["verbose"] = opts.get_bool(options, "verbose", settings.get("verbose", False))
        settings["warning_as_error"] = opts.get_bool(
            options, "warning_as_error", settings.get("warning_as_error", False)
        )
        return settings

    def _require_project(self, method):
        if self.is_template:
            raise ServerError(
                f"{method} needs a generated project, but this server runs in the template "
                f"folder {self.server_dir}: call generate_project first."
            )

    def _on_signal(self, signum, frame):
        raise SystemExit(128 + signum)

    def watch_client(self, reply_fd):
        """Called by server.main() with the reply pipe: while a build tool runs, the server
        watches it and stops the tool once no client can read the reply (the client exited,
        was killed, or stopped the server)."""
        self._client_fd = reply_fd

    def shutdown(self):
        """Called when the server stops: nothing this server started may keep running, except
        a device that its transport session does not own, which belongs to the project (see
        device.py)."""
        for signum in (signal.SIGTERM, signal.SIGHUP):
            signal.signal(signum, signal.SIG_IGN)  # a second signal must not cut this short
        self.transport.close()
        self._stop_tool()
        self._end_transport_session()

    def _stop_tool(self):
        """Ends the running build tool and its process group (tools.stop())."""
        if self._tool is not None:
            tools.stop(self._tool)
            self._tool = None  # only now: a signal that cut this short leaves it to shutdown()

    def _client_gone(self, events):
        return bool(events & (select.POLLERR | select.POLLHUP | select.POLLNVAL))

    def run_tool(self, argv, cwd, on_line=None, timeout_sec=None):
        """Runs a tool, streaming its output to stderr; returns (status, last lines).

        Lines end at "\n" or "\r" (progress bars). on_line(line) sees each line first and
        returns the text to log instead (None: log nothing). With timeout_sec the tool is
        killed at the deadline and the status is None."""
        _LOG.info("running %s", " ".join(argv))
        tail = collections.deque(maxlen=TOOL_TAIL_LINES)
        try:
            self._tool = subprocess.Popen(
                argv,
                cwd=str(cwd),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                preexec_fn=tools.child_setup(os.getpid()),
            )
        except (OSError, subprocess.SubprocessError) as error:
            reason = getattr(error, "strerror", None) or str(error)
            raise ServerError(f"{argv[0]} cannot be started: {reason}.") from error
        tool = self._tool
        deadline = None if timeout_sec is None else time.monotonic() + timeout_sec
        timed_out = False
        pending = b""

        def emit(raw):
            line = raw.decode("utf-8", "replace")
            if on_line is not None:
                line = on_line(line)
            if line is None:
                return
            tail.append(line)
            sys.stderr.write(line + "\n")
            sys.stderr.flush()

        fd = tool.stdout.fileno()
        poller = select.poll()
        poller.register(fd, select.POLLIN)
        if self._client_fd is not None:
            poller.register(self._client_fd, 0)  # only POLLERR: the reader went away
        try:
            while True:
                wait = None if deadline is None else deadline - time.monotonic()
                if wait is not None and wait <= 0:
                    timed_out = True
                    break
                ready = dict(poller.poll(None if wait is None else max(1, int(wait * 1000))))
                if self._client_fd is not None and self._client_gone(
                    ready.get(self._client_fd, 0)
                ):
                    _LOG.warning("the client went away: stopping %s", argv[0])
                    raise tools.ClientGone()
                if fd not in ready:
                    continue
                chunk = os.read(fd, 65536)
                if not chunk:
                    break
                pending += chunk
                parts = re.split(rb"\r\n|\r|\n", pending)
                pending = parts.pop()
                for raw in parts:
                    if raw:
                        emit(raw)
            if pending:
                emit(pending)
            if timed_out:
                self._stop_tool()
                return None, list(tail)
            status = tool.wait()
        except BaseException:
            # SIGTERM, SIGHUP, the client gone: nothing of the tool may outlive this server.
            self._stop_tool()
            raise
        self._tool = None
        tool.stdout.close()
        return status, list(tail)

    # -- Project API ----------------------------------------------------------------------------

    def server_info_query(self, tvm_version):
        problems = self.environment_problems(for_flash=True)
        if not self.is_template and self.project_type() == hostdriven.HOST_DRIVEN:
            problems += self.host_driven_problems()
        return ServerInfo(
            platform_name=self.platform_name,
            is_template=self.is_template,
            model_library_format_path=(
                "" if self.is_template else str(self.server_dir / "model.tar")
            ),
            project_options=self.project_options(),
            environment={"ok": not problems, "problems": problems},
        )

    def generate_project(self, model_library_format_path, standalone_crt_dir, project_dir, options):
        mlf_path = pathlib.Path(model_library_format_path)
        if not mlf_path.is_absolute():
            mlf_path = self.server_dir / mlf_path
        project_dir = pathlib.Path(project_dir)
        if not project_dir.is_absolute():
            project_dir = self.server_dir / project_dir
        if not mlf_path.is_file():
            raise ServerError(f"The model archive {mlf_path} does not exist.")
        if project_dir.exists():
            raise ServerError(
                f"The project folder {project_dir} already exists: choose a new folder or "
                "delete the old one."
            )
        project_type = hostdriven.STANDALONE
        if self.supports_host_driven:
            project_type = opts.get_str(
                options, "project_type", hostdriven.STANDALONE, hostdriven.PROJECT_TYPES
            )
        if project_type == hostdriven.STANDALONE:
            _LOG.info(
                "standalone_crt_dir %s is not used: the archive's runtime/ or ours is",
                standalone_crt_dir,
            )
        settings = self._settings_from(options)
        workspace = opts.get_int(options, "workspace_size_bytes", None, minimum=0)
        definitions = [
            d if d.startswith("-D") else "-D" + d
            for d in (
                opts.check_printable("compile_definitions", item)
                for item in opts.get_list(options, "compile_definitions")
            )
        ]
        settings.update(self.generate_settings(options))
        project_dir.mkdir(parents=True)
        try:
            if project_type == hostdriven.HOST_DRIVEN:
                crt_dir = opts.get_str(options, "crt_dir", None)
                info, where = hostdriven.generate(
                    self, mlf_path, project_dir, settings, definitions, standalone_crt_dir,
                    crt_dir,
                )
                (project_dir / PROJECT_FILE).write_text(
                    json.dumps(settings, indent=2, sort_keys=True) + "\n", encoding="utf-8"
                )
                _LOG.info(
                    "generated host-driven %s: %s executor, CRT from %s (%s)",
                    project_dir, info.executor, where, settings["crt"]["source"],
                )
                return
            self._generate(mlf_path, project_dir, settings, workspace, definitions)
        except BaseException:
            shutil.rmtree(project_dir, ignore_errors=True)
            raise

    def generate_settings(self, options):
        """Template-specific settings decided at generate time (e.g. the board)."""
        return {}

    def _generate(self, mlf_path, project_dir, settings, workspace, definitions):
        model_dir = project_dir / "model"
        extract.safe_extract(mlf_path, model_dir)
        shutil.copy2(mlf_path, project_dir / "model.tar")
        info = mlf.read_model(model_dir)
        for warning in info.warnings:
            _LOG.warning("%s", warning)
        if workspace is None:
            workspace = mlf.default_workspace_bytes(info)
        settings["workspace_size_bytes"] = workspace
        settings["compile_definitions"] = definitions
        settings["model"] = {
            "module": info.module,
            "entry_point": info.entry_point,
            "workspace_bytes": info.workspace_bytes,
            "inputs": [vars(t) for t in info.inputs],
            "outputs": [vars(t) for t in info.outputs],
        }

        # The server, its library and the device runtime, so the project stands alone.
        self.copy_server_files(project_dir)
        runtime = project_dir / "runtime"
        runtime.mkdir()
        for source in (COMMON_DIR / "runtime").glob("*"):
            if source.is_file() and source.suffix in (".c", ".h"):
                shutil.copy2(source, runtime)
        shutil.copytree(COMMON_DIR / "crt", project_dir / "crt")
        src = project_dir / "src"
        src.mkdir()
        glue.generate_glue(info, src / "td_model_glue.c")

        crt = self._crt_sources(info, project_dir, settings)
        self.copy_platform_files(project_dir, settings)

        variables = {
            "WORKSPACE_SIZE_BYTES": str(workspace),
            # Make runs its recipes through the shell: each definition reaches the compiler as
            # one argument, exactly as given.
            "USER_DEFINES": " ".join(opts.make_word(d) for d in definitions),
            "MODEL_SOURCES": " ".join("model/" + s for s in info.sources),
            "MODEL_OBJECTS": " ".join("model/" + o for o in info.objects),
            "CRT_SOURCES": " ".join(crt["sources"]),
            "CRT_INCLUDES": " ".join("-I" + i for i in crt["includes"]),
            "CRT_DEFINES": " ".join(crt["defines"]),
        }
        variables.update(self.make_variables(settings))
        makefile = (self.server_dir / "Makefile.template").read_text(encoding="utf-8")
        for name, value in variables.items():
            makefile = makefile.replace(f"@{name}@", value)
        (project_dir / "Makefile").write_text(makefile, encoding="utf-8")
        (project_dir / PROJECT_FILE).write_text(
            json.dumps(settings, indent=2, sort_keys=True) + "\n", encoding="utf-8"
        )
        _LOG.info(
            "generated %s: model %s, entry point %s, %d input(s), %d output(s), workspace %d B",
            project_dir, info.module, info.entry_point, len(info.inputs), len(info.outputs),
            workspace,
        )

    def copy_server_files(self, project_dir):
        """The server and its library, so that a generated project stands alone."""
        shutil.copy2(self.server_dir / "microtvm_api_server.py", project_dir)
        for name in ("README.md", "boards.json", "Makefile.hostdriven.template"):
            if (self.server_dir / name).is_file():
                shutil.copy2(self.server_dir / name, project_dir)
        shutil.copytree(
            COMMON_DIR / "tdserver",
            project_dir / "tdserver",
            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
        )

    def _crt_sources(self, info, project_dir, settings):
        """The TVM C runtime pieces the model code needs (spec 6.7)."""
        runtime = "model/runtime"
        crt_dir = project_dir / runtime / "src" / "runtime" / "crt"
        platform_template = project_dir / "model" / "templates" / "platform.c.template"
        if info.has_runtime and (crt_dir / "common" / "crt_backend_api.c").is_file() and (
            platform_template.is_file()
        ):
            # The archive's own CRT: backend API, page allocator, its reference platform file
            # and configured crt_config.h; our stubs supply TVMLogf and TVMFuncRegisterGlobal.
            shutil.copy2(
                project_dir / "model" / "templates" / "crt_config.h.template",
                project_dir / "src" / "crt_config.h",
            )
            shutil.copy2(platform_template, project_dir / "src" / "tvm_platform.c")
            sources = [
                f"{runtime}/src/runtime/crt/common/crt_backend_api.c",
                "src/tvm_platform.c",
                "crt/src/td_crt_stubs.c",
            ]
            for allocator in ("page_allocator.c", "stack_allocator.c"):
                if (crt_dir / "memory" / allocator).is_file():
                    sources.append(f"{runtime}/src/runtime/crt/memory/{allocator}")
            return {
                "sources": sources,
                "includes": [f"{runtime}/include", f"{runtime}/src/runtime/crt/include", "src"],
                "defines": ["-DTVM_WORKSPACE_SIZE_BYTES=$(WORKSPACE_SIZE_BYTES)"],
            }
        if info.has_runtime:
            _LOG.warning(
                "the archive's runtime/ has no templates/platform.c.template; using TinyDeploy's CRT"
            )
        return {
            "sources": ["crt/src/td_crt.c", "crt/src/td_crt_stubs.c"],
            "includes": ["crt/include"],
            "defines": [],
        }

    def _require_environment(self, for_flash=False):
        problems = self.environment_problems(for_flash=for_flash)
        if not self.is_template and self.project_type() == hostdriven.HOST_DRIVEN:
            problems += self.host_driven_problems()
        if problems:
            raise ServerError(problems[0] + ".", "\n".join(problems))

    def build(self, options):
        self._require_project("build")
        self._require_environment()
        settings = self._settings_from(options, self.project_settings())
        # The running device uses the binary that is about to be replaced.
        device.stop_device(self.server_dir)
        build_dir = self.server_dir / "build"
        shutil.rmtree(build_dir, ignore_errors=True)
        build_dir.mkdir()
        argv = [
            "make",
            "-C",
            str(self.server_dir),
            "-j2",
            f"OPT=-{settings['optimization']}",
            f"V={1 if settings['verbose'] else 0}",
            f"WERROR={1 if settings['warning_as_error'] else 0}",
        ]
        status, tail = self.run_tool(argv, self.server_dir)
        if status != 0:
            message = self.describe_failure(tail, settings) or "Compilation failed: see the log."
            details = f"Command: {' '.join(argv)} (exit status {status})\nLast lines of output:\n"
            raise ServerError(message, details + "\n".join(tail))
        recipe = self.flash_recipe(settings)
        if recipe is not None:
            from .flashing import recipe as flash_recipes

            flash_recipes.write(self.server_dir, recipe)
        return {"tools": tool_versions((self.compiler,) + tuple(self.build_tools))}

    def flash(self, options):
        self._require_project("flash")
        self._require_environment(for_flash=True)
        settings = self._settings_from(options, self.project_settings())
        self.transport.close()
        self._end_transport_session()
        port = self.start_device(settings)
        _LOG.info("device running, serial port %s", port)
        # project_type tells a host which protocol the device speaks: "standalone" =
        # TinyDeploy's framed protocol, "host_driven" = microTVM RPC (TVM's client ignores it).
        return {
            "serial_port": port,
            "tools": tool_versions(self.flash_tools),
            "project_type": settings.get("project_type", hostdriven.STANDALONE),
        }

    def open_transport(self, options):
        self._require_project("open_transport")
        state = device.running_state(self.server_dir)
        port = state.get("serial_port") if state else None
        if self.project_type() == hostdriven.HOST_DRIVEN:
            # A fresh CRT for every session, as TVM's host template starts a fresh process:
            # the CRT creates one graph executor per boot.
            port = None
        if not port:
            port = self.flash(options)["serial_port"]
        self.transport.open(port)
        self._begin_transport_session()
        return TransportTimeouts(
            session_start_retry_timeout_sec=2.0,
            session_start_timeout_sec=10.0,
            session_established_timeout_sec=10.0,
        )

    def close_transport(self):
        self.transport.close()
        self._end_transport_session()

    def _begin_transport_session(self):
        """The device lifetime rule (device.py): a device this server started belongs to the
        transport session opened on it, and stops when the session ends."""
        state = device.running_state(self.server_dir)
        pid = state.get("supervisor_pid") if state else None
        if pid is None or not device.started_here(pid) or pid == self._session_device:
            return
        if device.claim_for_session(self.server_dir, pid):
            self._session_device = pid
            _LOG.info(
                "this transport session owns the device (supervisor %d): it stops at "
                "close_transport or when this server exits", pid,
            )

    def _end_transport_session(self):
        pid, self._session_device = self._session_device, None
        if pid is not None and device.stop_device(self.server_dir, supervisor_pid=pid):
            _LOG.info("device stopped: its transport session ended")

    def read_transport(self, n, timeout_sec):
        return self.transport.read(n, timeout_sec)

    def write_transport(self, data, timeout_sec):
        self.transport.write(data, timeout_sec)
