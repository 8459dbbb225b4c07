"""The errors a template's handlers raise: one sentence for the user, details for the log.

Every module of the library raises these; server.py turns them into JSON-RPC errors (code
-32000) and re-exports them, so `from tdserver.server import ServerError` keeps working.
"""


class ServerError(Exception):
    """A handler-side failure (code -32000).

    `message` is the one sentence the user sees; `details` (tool output, command line) is
    appended to the traceback sent in the error's data, so its last lines carry the tool output.
    """

    def __init__(self, message, details=None):
        super().__init__(message)
        self.details = details

    @property
    def wire_message(self):
        return str(self)


class _NamedServerError(ServerError):
    """A ServerError subclass that clients identify by its class name in the message."""

    def __init__(self, message=None, details=None):
        super().__init__(message or type(self).__name__, details)

    @property
    def wire_message(self):
        return type(self).__name__


class TransportClosedError(_NamedServerError):
    """The transport is not open, or the device went away."""


class IoTimeoutError(_NamedServerError):
    """No byte arrived (read) or not all bytes were written (write) before the timeout."""


class UnsupportedTVMVersionError(_NamedServerError):
    """server_info_query rejects the client's tvm_version."""
