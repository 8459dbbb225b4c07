#include "error.h"

#include <QStringList>

namespace TinyDeploy {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Internal:
        return QStringLiteral("internal");
    case ErrorCode::Io:
        return QStringLiteral("io");
    case ErrorCode::InvalidArgument:
        return QStringLiteral("invalid-argument");
    case ErrorCode::Cancelled:
        return QStringLiteral("cancelled");
    case ErrorCode::Timeout:
        return QStringLiteral("timeout");
    case ErrorCode::NotFound:
        return QStringLiteral("not-found");
    case ErrorCode::NotAnArchive:
        return QStringLiteral("not-an-archive");
    case ErrorCode::ArchiveTruncated:
        return QStringLiteral("archive-truncated");
    case ErrorCode::ArchiveCorrupt:
        return QStringLiteral("archive-corrupt");
    case ErrorCode::MissingMetadata:
        return QStringLiteral("missing-metadata");
    case ErrorCode::InvalidJson:
        return QStringLiteral("invalid-json");
    case ErrorCode::WrongFieldType:
        return QStringLiteral("wrong-field-type");
    case ErrorCode::MissingField:
        return QStringLiteral("missing-field");
    case ErrorCode::InvalidValue:
        return QStringLiteral("invalid-value");
    case ErrorCode::UnsupportedVersion:
        return QStringLiteral("unsupported-version");
    case ErrorCode::BadParamsMagic:
        return QStringLiteral("bad-params-magic");
    case ErrorCode::ParamsTruncated:
        return QStringLiteral("params-truncated");
    case ErrorCode::UnsafeMember:
        return QStringLiteral("unsafe-member");
    case ErrorCode::LimitExceeded:
        return QStringLiteral("limit-exceeded");
    case ErrorCode::DuplicateMember:
        return QStringLiteral("duplicate-member");
    case ErrorCode::ServerNotFound:
        return QStringLiteral("server-not-found");
    case ErrorCode::ServerStartFailed:
        return QStringLiteral("server-start-failed");
    case ErrorCode::ServerExited:
        return QStringLiteral("server-exited");
    case ErrorCode::ServerError:
        return QStringLiteral("server-error");
    case ErrorCode::TransportClosed:
        return QStringLiteral("transport-closed");
    case ErrorCode::IoTimeout:
        return QStringLiteral("io-timeout");
    case ErrorCode::UnsupportedTvmVersion:
        return QStringLiteral("unsupported-tvm-version");
    case ErrorCode::UnsupportedProtocolVersion:
        return QStringLiteral("unsupported-protocol-version");
    case ErrorCode::InvalidRequest:
        return QStringLiteral("invalid-request");
    case ErrorCode::MethodNotFound:
        return QStringLiteral("method-not-found");
    case ErrorCode::InvalidParams:
        return QStringLiteral("invalid-params");
    case ErrorCode::JsonRpcError:
        return QStringLiteral("json-rpc-error");
    case ErrorCode::MalformedReply:
        return QStringLiteral("malformed-reply");
    case ErrorCode::MismatchedId:
        return QStringLiteral("mismatched-id");
    case ErrorCode::LineTooLong:
        return QStringLiteral("line-too-long");
    case ErrorCode::InvalidOption:
        return QStringLiteral("invalid-option");
    case ErrorCode::MissingOption:
        return QStringLiteral("missing-option");
    case ErrorCode::NotATemplate:
        return QStringLiteral("not-a-template");
    case ErrorCode::NotAProject:
        return QStringLiteral("not-a-project");
    case ErrorCode::TemplateUnavailable:
        return QStringLiteral("template-unavailable");
    case ErrorCode::InvalidBoardData:
        return QStringLiteral("invalid-board-data");
    case ErrorCode::ModelTooLarge:
        return QStringLiteral("model-too-large");
    case ErrorCode::DeviceDisconnected:
        return QStringLiteral("device-disconnected");
    case ErrorCode::DeviceProtocol:
        return QStringLiteral("device-protocol");
    case ErrorCode::DeviceError:
        return QStringLiteral("device-error");
    case ErrorCode::PortUnavailable:
        return QStringLiteral("port-unavailable");
    case ErrorCode::StepFailed:
        return QStringLiteral("step-failed");
    case ErrorCode::InvalidNpy:
        return QStringLiteral("invalid-npy");
    case ErrorCode::UnsupportedDType:
        return QStringLiteral("unsupported-dtype");
    case ErrorCode::ShapeMismatch:
        return QStringLiteral("shape-mismatch");
    case ErrorCode::DTypeMismatch:
        return QStringLiteral("dtype-mismatch");
    case ErrorCode::SizeMismatch:
        return QStringLiteral("size-mismatch");
    case ErrorCode::PluginInvalid:
        return QStringLiteral("plugin-invalid");
    case ErrorCode::PluginIncompatible:
        return QStringLiteral("plugin-incompatible");
    case ErrorCode::PluginLoadFailed:
        return QStringLiteral("plugin-load-failed");
    case ErrorCode::PluginInterfaceMissing:
        return QStringLiteral("plugin-interface-missing");
    case ErrorCode::PackageInvalid:
        return QStringLiteral("package-invalid");
    case ErrorCode::PackageTampered:
        return QStringLiteral("package-tampered");
    case ErrorCode::NotPackageable:
        return QStringLiteral("not-packageable");
    }
    return QStringLiteral("unknown");
}

QString Error::oneLine() const
{
    if (location.isEmpty())
        return message;
    return location + QStringLiteral(": ") + message;
}

QString Error::fullText() const
{
    QStringList parts{oneLine()};
    if (!hint.isEmpty())
        parts << hint;
    if (!details.isEmpty())
        parts << QString() << details;
    return parts.join(QLatin1Char('\n'));
}

Error &Error::withContext(const QString &context)
{
    if (context.isEmpty())
        return *this;
    location = location.isEmpty() ? context : context + QStringLiteral(": ") + location;
    return *this;
}

Error makeError(ErrorCode code,
                const QString &message,
                const QString &location,
                const QString &hint,
                const QString &details)
{
    return Error{code, message, location, hint, details};
}

} // namespace TinyDeploy
