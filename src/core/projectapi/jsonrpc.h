#pragma once

#include <util/error.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

/// @brief JSON-RPC 2.0 as the Project API uses it (spec section 2): one compact JSON object
/// per line, params always an object, integer ids. Pure functions, no I/O.
namespace TinyDeploy::ProjectApi::JsonRpc {

/// Standard and Project API error codes (server.ErrorCode in TVM).
enum Code : int {
    ServerErrorCode = -32000,
    ParseErrorCode = -32700,
    InvalidRequestCode = -32600,
    MethodNotFoundCode = -32601,
    InvalidParamsCode = -32602,
    InternalErrorCode = -32603,
};

/// True for a method name the server accepts: ^[a-zA-Z0-9_]+$.
bool isValidMethodName(QStringView method);

/// Builds the request line, "\n"-terminated, exactly
/// {"jsonrpc":"2.0","method":"<method>","params":{...},"id":<id>} with no raw newline inside.
/// @p method must satisfy isValidMethodName().
QByteArray buildRequest(qint64 id, QStringView method, const QJsonObject &params);

/// Parses the reply @p line (without terminator) to request @p expectedId of @p method, with
/// TVM's order of checks: not JSON / not an object / jsonrpc != "2.0" -> MalformedReply;
/// another id -> MismatchedId (an error reply with a null id is accepted: servers answer
/// schema errors that way); "error" -> errorFromJson(); no "result" -> MalformedReply.
/// Errors carry the method as location and the offending line (shortened) in details.
Result<QJsonValue> parseReply(QByteArrayView line, qint64 expectedId, const QString &method);

/// Maps a JSON-RPC error object to a typed Error (spec 2.4): -32000 with message
/// TransportClosedError / IoTimeoutError / UnsupportedTVMVersionError -> TransportClosed /
/// IoTimeout / UnsupportedTvmVersion; other -32000 -> ServerError whose message summarises the
/// traceback's last line and whose details carry the whole traceback; -32600 InvalidRequest,
/// -32601 MethodNotFound, -32602 InvalidParams; any other integer code -> JsonRpcError.
Error errorFromJson(const QJsonObject &error, const QString &method);

/// The last non-empty line of a Python traceback, e.g.
/// "subprocess.CalledProcessError: Command '['make']' returned non-zero exit status 2.".
QString tracebackSummary(const QString &traceback);

} // namespace TinyDeploy::ProjectApi::JsonRpc
