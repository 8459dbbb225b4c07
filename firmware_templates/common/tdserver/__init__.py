"""TinyDeploy's Project API server library (Python 3 standard library only).

server      the JSON-RPC server side of the microTVM Project API (spec sections 1-3)
errors      the ServerError family every module raises (server re-exports it)
options     lenient option reading (JSON types, tvmc strings, nulls)
extract     safe extraction of Model Library Format archives
mlf         the model's interface, as an extracted archive declares it
glue        the glue C file that hands the model to the device runtime
device      the project's running device (host runner or QEMU) and its serial transport
template    the handler our templates share
"""

from .server import (  # noqa: F401
    ErrorCode,
    IoTimeoutError,
    JSONRPCError,
    ProjectAPIHandler,
    ProjectAPIServer,
    ProjectOption,
    ServerError,
    ServerInfo,
    TransportClosedError,
    TransportTimeouts,
    UnsupportedTVMVersionError,
    main,
    project_option,
)
