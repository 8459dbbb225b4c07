"""The server side of the microTVM Project API: JSON-RPC 2.0 over two pipes.

Written for TinyDeploy from the wire behaviour described in projectapi-mlf-spec.md (sections 1
and 2): one JSON object per line in each direction, UTF-8, a strictly synchronous request/reply
loop, the error codes and keep-running/exit behaviour of TVM's server, Base85 for binary data.
Python standard library only, so a generated project runs anywhere python3 does.
"""

import abc
import argparse
import base64
import collections
import enum
import inspect
import json
import logging
import re
import sys
import traceback

from .errors import (  # noqa: F401  (re-exported: the ServerError family's old home)
    IoTimeoutError,
    ServerError,
    TransportClosedError,
    UnsupportedTVMVersionError,
)

_LOG = logging.getLogger("tdserver")

PROTOCOL_VERSION = 1

_METHOD_NAME_RE = re.compile(r"^[a-zA-Z0-9_]+$")

# The 7 keys of a project option, in the order they are emitted on the wire.
ProjectOption = collections.namedtuple(
    "ProjectOption", ["name", "choices", "default", "type", "required", "optional", "help"]
)

# server_info_query result. `environment` is a TinyDeploy extension ({"ok": bool,
# "problems": [str]}); it is left out of the reply when None, and other clients ignore it.
ServerInfo = collections.namedtuple(
    "ServerInfo",
    ["platform_name", "is_template", "model_library_format_path", "project_options", "environment"],
    defaults=(None,),
)

TransportTimeouts = collections.namedtuple(
    "TransportTimeouts",
    [
        "session_start_retry_timeout_sec",
        "session_start_timeout_sec",
        "session_established_timeout_sec",
    ],
)


def project_option(name, type, help, default=None, choices=None, required=None, optional=None):
    """A ProjectOption with keyword arguments; `required` or `optional` must list a method."""
    if type not in ("bool", "str", "int", "float"):
        raise ValueError(f"option {name}: type must be bool, str, int or float; got {type!r}")
    if not required and not optional:
        raise ValueError(f"option {name}: give required or optional methods")
    return ProjectOption(
        name=name,
        choices=list(choices) if choices is not None else None,
        default=default,
        type=type,
        required=list(required) if required else None,
        optional=list(optional) if optional else None,
        help=help,
    )


class ErrorCode(enum.IntEnum):
    SERVER_ERROR = -32000
    PARSE_ERROR = -32700
    INVALID_REQUEST = -32600
    METHOD_NOT_FOUND = -32601
    INVALID_PARAMS = -32602
    INTERNAL_ERROR = -32603


class JSONRPCError(Exception):
    """An error sent back as a JSON-RPC error object."""

    def __init__(self, code, message, data=None):
        super().__init__(message)
        self.code = int(code)
        self.message = message
        self.data = data

    def to_json(self):
        return {"code": self.code, "message": self.message, "data": self.data}


class ProjectAPIHandler(abc.ABC):
    """What a template implements. Parameter names are part of the wire protocol."""

    @abc.abstractmethod
    def server_info_query(self, tvm_version):
        """Returns a ServerInfo."""

    @abc.abstractmethod
    def generate_project(self, model_library_format_path, standalone_crt_dir, project_dir, options):
        """Creates project_dir (pathlib.Path arguments) from the MLF archive."""

    @abc.abstractmethod
    def build(self, options):
        """Builds the generated project; may return a dict (TinyDeploy: {"tools": {...}})."""

    @abc.abstractmethod
    def flash(self, options):
        """Programs the device; may return a dict (TinyDeploy: {"serial_port": path, "tools":
        {name: version}})."""

    @abc.abstractmethod
    def open_transport(self, options):
        """Opens the transport; returns TransportTimeouts."""

    @abc.abstractmethod
    def close_transport(self):
        """Closes the transport; a no-op when none is open."""

    @abc.abstractmethod
    def read_transport(self, n, timeout_sec):
        """Returns 1..n bytes; raises IoTimeoutError or TransportClosedError."""

    @abc.abstractmethod
    def write_transport(self, data, timeout_sec):
        """Writes all of data (bytes); raises IoTimeoutError or TransportClosedError."""


def _method_params(name):
    signature = inspect.signature(getattr(ProjectAPIHandler, name))
    return [p for p in signature.parameters if p != "self"]


# Methods the wire exposes, with their parameter names from the handler interface.
METHODS = {
    name: _method_params(name)
    for name, value in vars(ProjectAPIHandler).items()
    if getattr(value, "__isabstractmethod__", False)
}

# Methods whose parameters are passed through a pre-processor and are therefore not
# type-checked by the dispatcher (spec 2.3); the others require dict-typed parameters.
_PREPROCESSED = {
    "server_info_query",
    "generate_project",
    "open_transport",
    "read_transport",
    "write_transport",
}


class _Stop(Exception):
    """Internal: the request was fatal for the session; reply (if any) and stop serving."""

    def __init__(self, reply=None):
        super().__init__()
        self.reply = reply


def _error_reply(request_id, error):
    return {"jsonrpc": "2.0", "id": request_id, "error": error.to_json()}


def format_traceback(exc):
    """Traceback text with the outermost server frame annotated, plus the error's details."""
    lines = traceback.format_exception(type(exc), exc, exc.__traceback__)
    for index, line in enumerate(lines):
        if line.startswith("  File "):
            first, _, rest = line.partition("\n")
            lines[index] = first + "  # <--- Outermost server-side stack frame\n" + rest
            break
    text = "".join(lines)
    details = getattr(exc, "details", None)
    if details:
        text = text.rstrip("\n") + "\n" + str(details).rstrip("\n") + "\n"
    return text


class ProjectAPIServer:
    """Serves one handler over a pair of file objects (text mode)."""

    def __init__(self, read_file, write_file, handler):
        self._read_file = read_file
        self._write_file = write_file
        self._handler = handler

    def serve_forever(self):
        while self.serve_one_request():
            pass

    def serve_one_request(self):
        """Reads and answers one request. Returns False when the server should exit."""
        try:
            line = self._read_file.readline()
        except Exception:  # a read error or bad UTF-8 ends the session, without a reply
            _LOG.exception("reading the request failed")
            return False
        if not line:
            _LOG.info("end of input: exiting")
            return False
        try:
            request = json.loads(line)
        except ValueError:
            _LOG.error("request is not valid JSON: %r", line[:200])
            return False

        try:
            reply = self._dispatch(request)
        except _Stop as stop:
            if stop.reply is not None:
                self._send(stop.reply)
            return False
        self._send(reply)
        return True

    def _send(self, reply):
        self._write_file.write(json.dumps(reply) + "\n")
        self._write_file.flush()

    def _dispatch(self, request):
        self._validate(request)
        method = request["method"]
        request_id = request.get("id")
        if method not in METHODS:
            return _error_reply(
                request_id,
                JSONRPCError(ErrorCode.METHOD_NOT_FOUND, f"{method}: no such method"),
            )
        params = request["params"]
        declared = METHODS[method]
        for name in declared:
            if name not in params:
                return _error_reply(
                    request_id,
                    JSONRPCError(
                        ErrorCode.INVALID_PARAMS, f"method {method}: parameter {name} not given"
                    ),
                )
            if method not in _PREPROCESSED and not isinstance(params[name], dict):
                return _error_reply(
                    request_id,
                    JSONRPCError(
                        ErrorCode.INVALID_PARAMS,
                        f"method {method}: parameter {name}: want {dict!r}, "
                        f"got {type(params[name])!r}",
                    ),
                )
        extra = sorted(set(params) - set(declared))
        if extra:
            return _error_reply(
                request_id,
                JSONRPCError(
                    ErrorCode.INVALID_PARAMS, f"{method}: extra parameters: {', '.join(extra)}"
                ),
            )

        try:
            result = self._call(method, params)
            # Like TVM's server, a request without an id is executed but its reply cannot be
            # built: it is answered with a -32000 error whose id is null.
            return {"jsonrpc": "2.0", "id": request["id"], "result": result}
        except ServerError as error:
            _LOG.error("method %s failed: %s", method, error)
            _LOG.debug("%s", format_traceback(error))
            wire = JSONRPCError(
                ErrorCode.SERVER_ERROR,
                error.wire_message,
                {"traceback": format_traceback(error)},
            )
            return _error_reply(request_id, wire)
        except Exception as error:
            _LOG.exception("method %s raised", method)
            wire = JSONRPCError(
                ErrorCode.SERVER_ERROR,
                f"calling method {method}",
                {"traceback": format_traceback(error)},
            )
            return _error_reply(request_id, wire)

    @staticmethod
    def _validate(request):
        def invalid(message):
            raise _Stop(
                _error_reply(None, JSONRPCError(ErrorCode.INVALID_REQUEST, message))
            )

        if not isinstance(request, dict):
            invalid(f"request: want dict; got {request!r}")
        if request.get("jsonrpc") != "2.0":
            invalid(f'request["jsonrpc"]: want "2.0"; got {request.get("jsonrpc")!r}')
        method = request.get("method")
        if not isinstance(method, str):
            invalid(f'request["method"]: want str; got {method!r}')
        if not _METHOD_NAME_RE.match(method):
            invalid(f'request["method"]: should match regex {_METHOD_NAME_RE.pattern}; got {method!r}')
        params = request.get("params")
        if not isinstance(params, dict):
            invalid(f'request["params"]: want dict; got {type(params)!r}')
        request_id = request.get("id")
        if not isinstance(request_id, (str, int, type(None))):
            invalid(f'request["id"]: want str, number, null; got {request_id!r}')

    def _call(self, method, params):
        handler = self._handler
        if method == "server_info_query":
            info = handler.server_info_query(params["tvm_version"])
            return _server_info_to_json(info)
        if method == "generate_project":
            import pathlib

            handler.generate_project(
                pathlib.Path(params["model_library_format_path"]),
                pathlib.Path(params["standalone_crt_dir"]),
                pathlib.Path(params["project_dir"]),
                params["options"],
            )
            return None
        if method == "open_transport":
            timeouts = handler.open_transport(params["options"])
            return {"timeouts": dict(timeouts._asdict())}
        if method == "read_transport":
            data = handler.read_transport(params["n"], params["timeout_sec"])
            return {"data": base64.b85encode(data).decode("ascii")}
        if method == "write_transport":
            handler.write_transport(
                base64.b85decode(params["data"].encode("ascii")), params["timeout_sec"]
            )
            return None
        if method == "close_transport":
            handler.close_transport()
            return None
        # build, flash: the handler's return value is the result (None for TVM's templates;
        # ours return {"tools": ...} and {"serial_port": ..., "tools": ...}).
        return getattr(handler, method)(**params)


def _server_info_to_json(info):
    if hasattr(info, "_asdict"):
        reply = dict(info._asdict())
    else:
        reply = dict(info)
    options = []
    for option in reply.get("project_options") or []:
        options.append(dict(option._asdict()) if hasattr(option, "_asdict") else dict(option))
    reply["project_options"] = options
    if reply.get("environment", 0) is None:
        del reply["environment"]
    reply.setdefault("protocol_version", PROTOCOL_VERSION)
    # protocol_version goes before our extension, like TVM's key order.
    if "environment" in reply:
        reply["environment"] = reply.pop("environment")
    return reply


def main(handler, argv=None):
    """Parses --read-fd/--write-fd/--debug and serves until end of input."""
    parser = argparse.ArgumentParser(description="microTVM Project API server (TinyDeploy)")
    parser.add_argument("--read-fd", type=int, required=True, help="fd to read requests from")
    parser.add_argument("--write-fd", type=int, required=True, help="fd to write replies to")
    parser.add_argument("--debug", action="store_true", help="log at debug level")
    args = parser.parse_args(argv)

    logging.basicConfig(
        level=logging.DEBUG if args.debug else logging.INFO,
        stream=sys.stderr,
        format="%(levelname)s %(name)s: %(message)s",
    )
    read_file = open(args.read_fd, "r", encoding="UTF-8", errors="strict", newline=None)
    write_file = open(args.write_fd, "w", encoding="UTF-8", newline="\n", buffering=1)
    server = ProjectAPIServer(read_file, write_file, handler)
    watch = getattr(handler, "watch_client", None)
    if watch is not None:
        watch(args.write_fd)
    try:
        server.serve_forever()
    finally:
        closer = getattr(handler, "shutdown", None)
        if closer is not None:
            closer()
