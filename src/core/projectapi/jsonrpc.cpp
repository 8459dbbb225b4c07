#include "jsonrpc.h"

#include "projectapitr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringList>

#include <cmath>

namespace TinyDeploy::ProjectApi::JsonRpc {

namespace {

constexpr qsizetype MaxQuotedLine = 2000;

QString quoteLine(QByteArrayView line)
{
    QString text = QString::fromUtf8(line.first(std::min(line.size(), MaxQuotedLine)));
    if (line.size() > MaxQuotedLine)
        text += Tr::tr("... (%1 bytes in total)").arg(line.size());
    return Tr::tr("Reply line: %1").arg(text);
}

Error malformed(const QString &method, const QString &what, QByteArrayView line)
{
    return makeError(ErrorCode::MalformedReply,
                     Tr::tr("The Project API server sent a malformed reply: %1").arg(what),
                     method,
                     Tr::tr("The template's server does not follow the Project API protocol; "
                            "check its log output."),
                     quoteLine(line));
}

QString jsonText(const QJsonValue &value)
{
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

QString describeData(const QJsonValue &data)
{
    if (data.isObject()) {
        const QJsonObject object = data.toObject();
        const QJsonValue traceback = object.value(QLatin1String("traceback"));
        if (traceback.isString() && object.size() == 1)
            return traceback.toString();
        return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    }
    if (data.isArray())
        return QString::fromUtf8(QJsonDocument(data.toArray()).toJson(QJsonDocument::Indented));
    if (data.isString())
        return data.toString();
    if (data.isNull() || data.isUndefined())
        return {};
    return data.toVariant().toString();
}

} // namespace

bool isValidMethodName(QStringView method)
{
    if (method.isEmpty())
        return false;
    for (QChar c : method) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z')
                        || (u >= u'0' && u <= u'9') || u == u'_';
        if (!ok)
            return false;
    }
    return true;
}

QByteArray buildRequest(qint64 id, QStringView method, const QJsonObject &params)
{
    Q_ASSERT(isValidMethodName(method));
    // Built by hand to keep TVM's key order; QJsonDocument sorts keys. Only params needs a
    // serializer, and its compact form never contains a raw newline.
    const QByteArray paramsJson = QJsonDocument(params).toJson(QJsonDocument::Compact);
    QByteArray line;
    line.reserve(paramsJson.size() + method.size() + 64);
    line.append("{\"jsonrpc\":\"2.0\",\"method\":\"");
    line.append(method.toLatin1());
    line.append("\",\"params\":");
    line.append(paramsJson);
    line.append(",\"id\":");
    line.append(QByteArray::number(id));
    line.append("}\n");
    return line;
}

QString tracebackSummary(const QString &traceback)
{
    const QStringList lines = traceback.split(QLatin1Char('\n'));
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const QString trimmed = it->trimmed();
        if (!trimmed.isEmpty())
            return trimmed;
    }
    return {};
}

Error errorFromJson(const QJsonObject &error, const QString &method)
{
    const int code = error.value(QLatin1String("code")).toInt();
    const QString message = error.value(QLatin1String("message")).toString();
    const QString data = describeData(error.value(QLatin1String("data")));
    const QString details = data.isEmpty() ? Tr::tr("Server message: %1").arg(message)
                                           : Tr::tr("Server message: %1\n\n%2").arg(message, data);

    if (code == ServerErrorCode) {
        if (message == QLatin1String("TransportClosedError")) {
            return makeError(ErrorCode::TransportClosed,
                             Tr::tr("The device transport is closed."),
                             method,
                             Tr::tr("Check that the board is connected and flashed, then "
                                    "open the transport again."),
                             details);
        }
        if (message == QLatin1String("IoTimeoutError")) {
            return makeError(ErrorCode::IoTimeout,
                             Tr::tr("The device did not answer in time."),
                             method,
                             Tr::tr("Check the connection to the board, or allow a longer "
                                    "timeout."),
                             details);
        }
        if (message == QLatin1String("UnsupportedTVMVersionError")) {
            return makeError(ErrorCode::UnsupportedTvmVersion,
                             Tr::tr("The template does not support this TVM version."),
                             method,
                             Tr::tr("Use a template made for the TVM version of the model, or "
                                    "a newer template."),
                             details);
        }
        QString summary = tracebackSummary(data);
        if (summary.isEmpty())
            summary = message;
        return makeError(ErrorCode::ServerError,
                         Tr::tr("The Project API server failed: %1").arg(summary),
                         method,
                         Tr::tr("Read the server's log output above the traceback for the "
                                "cause."),
                         details);
    }

    switch (code) {
    case InvalidRequestCode:
        return makeError(ErrorCode::InvalidRequest,
                         Tr::tr("The server rejected the request as invalid: %1").arg(message),
                         method,
                         Tr::tr("This is a bug in TinyDeploy or the server; the server stops "
                                "after this error."),
                         details);
    case MethodNotFoundCode:
        return makeError(ErrorCode::MethodNotFound,
                         Tr::tr("The server does not implement this method: %1").arg(message),
                         method,
                         Tr::tr("The template may be too old or incomplete for this step."),
                         details);
    case InvalidParamsCode:
        return makeError(ErrorCode::InvalidParams,
                         Tr::tr("The server rejected the parameters: %1").arg(message),
                         method,
                         Tr::tr("The template may expect a different Project API version."),
                         details);
    default:
        return makeError(ErrorCode::JsonRpcError,
                         Tr::tr("The server answered with error %1: %2").arg(code).arg(message),
                         method,
                         {},
                         details);
    }
}

Result<QJsonValue> parseReply(QByteArrayView line, qint64 expectedId, const QString &method)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromRawData(line.data(),
                                                                                   line.size()),
                                                           &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(malformed(method,
                              Tr::tr("not JSON (%1 at offset %2)")
                                  .arg(parseError.errorString())
                                  .arg(parseError.offset),
                              line));
    }
    if (!document.isObject())
        return fail(malformed(method, Tr::tr("not a JSON object"), line));
    const QJsonObject reply = document.object();
    if (reply.value(QLatin1String("jsonrpc")) != QJsonValue(QLatin1String("2.0")))
        return fail(malformed(method, Tr::tr("\"jsonrpc\" is not \"2.0\""), line));

    const QJsonValue id = reply.value(QLatin1String("id"));
    const QJsonValue error = reply.value(QLatin1String("error"));
    const bool idMatches = id.isDouble() && id.toDouble() == double(expectedId);
    if (!idMatches && !(id.isNull() && !error.isUndefined())) {
        return fail(makeError(ErrorCode::MismatchedId,
                              Tr::tr("The server answered request %1 with the id %2.")
                                  .arg(expectedId)
                                  .arg(jsonText(id)),
                              method,
                              Tr::tr("The template's server does not follow the Project API "
                                     "protocol."),
                              quoteLine(line)));
    }
    if (!error.isUndefined()) {
        if (!error.isObject())
            return fail(malformed(method, Tr::tr("\"error\" is not an object"), line));
        const QJsonObject errorObject = error.toObject();
        const QJsonValue code = errorObject.value(QLatin1String("code"));
        if (!code.isDouble() || code.toDouble() != std::trunc(code.toDouble())
            || std::abs(code.toDouble()) > 2147483647.0) {
            return fail(malformed(method, Tr::tr("\"error.code\" is not an integer"), line));
        }
        const QJsonValue message = errorObject.value(QLatin1String("message"));
        if (!message.isString() && !message.isUndefined() && !message.isNull())
            return fail(malformed(method, Tr::tr("\"error.message\" is not a string"), line));
        return fail(errorFromJson(errorObject, method));
    }
    const QJsonValue result = reply.value(QLatin1String("result"));
    if (result.isUndefined())
        return fail(malformed(method, Tr::tr("it has neither \"result\" nor \"error\""), line));
    return result;
}

} // namespace TinyDeploy::ProjectApi::JsonRpc
