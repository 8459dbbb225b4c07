#pragma once

#include <QCoreApplication>
#include <QString>

#include <expected>

namespace TinyDeploy {

/// @brief Stable identifiers of everything that can go wrong, grouped by subsystem.
/// Tests and callers branch on these; users read Error::message. Append new codes to the
/// group of their subsystem; errorCodeName() gives the stable text used in JSON output.
enum class ErrorCode {
    // Generic
    Internal,
    Io,
    InvalidArgument,
    Cancelled,
    Timeout,
    NotFound,

    // Model Library Format archives (mlf/)
    NotAnArchive,
    ArchiveTruncated,
    ArchiveCorrupt,
    MissingMetadata,
    InvalidJson,
    WrongFieldType,
    MissingField,
    InvalidValue,
    UnsupportedVersion,
    BadParamsMagic,
    ParamsTruncated,
    UnsafeMember,
    LimitExceeded,
    DuplicateMember,

    // Project API (projectapi/)
    ServerNotFound,
    ServerStartFailed,
    ServerExited,
    ServerError,
    TransportClosed,
    IoTimeout,
    UnsupportedTvmVersion,
    UnsupportedProtocolVersion,
    InvalidRequest,
    MethodNotFound,
    InvalidParams,
    JsonRpcError,
    MalformedReply,
    MismatchedId,
    LineTooLong,
    InvalidOption,
    MissingOption,
    NotATemplate,
    NotAProject,

    // Templates and boards (templates/)
    TemplateUnavailable,
    InvalidBoardData,
    ModelTooLarge, ///< The fit check says the model overflows the board's flash or RAM.

    // Device protocol and serial link (device/)
    DeviceDisconnected,
    DeviceProtocol,
    DeviceError,
    PortUnavailable,

    // Deployment (deploy/)
    StepFailed,

    // Tensors, .npy/.npz files (tensor/)
    InvalidNpy,
    UnsupportedDType,
    ShapeMismatch,
    DTypeMismatch,
    SizeMismatch,

    // Plugins (plugin/)
    PluginInvalid,
    PluginIncompatible,
    PluginLoadFailed,
    PluginInterfaceMissing,

    // Deployment packages (package/)
    PackageInvalid,  ///< Not a deployment package, or its manifest is malformed.
    PackageTampered, ///< A member differs from what the manifest recorded (hash, size, presence).
    NotPackageable,  ///< The project cannot be made into a package (not built, foreign template).
    // Append new groups above this line and update lastErrorCode.
};

/// The last value of ErrorCode, for code that walks all of them (tests, documentation).
inline constexpr ErrorCode lastErrorCode = ErrorCode::NotPackageable;

/// @brief Returns the stable, machine-readable name of @p code (for example "not-an-archive").
QString errorCodeName(ErrorCode code);

/// @brief An error as a value: what happened, where, what to do, and the details.
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message;  ///< One sentence: what happened.
    QString location; ///< Where: archive member and field, file, server method, port.
    QString hint;     ///< What the user can do about it; may be empty.
    QString details;  ///< Command line, exit status, last stderr lines, server traceback.

    /// "location: message" on one line, for logs and the CLI.
    QString oneLine() const;
    /// oneLine(), the hint, and the details, for a details expander or a saved report.
    QString fullText() const;

    /// Adds an outer context ("Generate project") in front of the location.
    Error &withContext(const QString &context);
};

Error makeError(ErrorCode code,
                const QString &message,
                const QString &location = {},
                const QString &hint = {},
                const QString &details = {});

template<typename T>
using Result = std::expected<T, Error>;

/// Result<void> success value: `return ok();`
inline std::expected<void, Error> ok()
{
    return {};
}

/// The unexpected value for an error, so that `return fail(...)` works for any Result<T>.
inline std::unexpected<Error> fail(Error error)
{
    return std::unexpected<Error>(std::move(error));
}

inline std::unexpected<Error> fail(ErrorCode code,
                                   const QString &message,
                                   const QString &location = {},
                                   const QString &hint = {},
                                   const QString &details = {})
{
    return std::unexpected<Error>(makeError(code, message, location, hint, details));
}

} // namespace TinyDeploy

// std::expected's operator== is unconstrained in GCC 12's libstdc++, which misleads Qt's
// metatype detection into instantiating it for Result<T> carried by signals.
namespace QTypeTraits {
template<typename T>
struct has_operator_equal<TinyDeploy::Result<T>> : std::false_type
{};
} // namespace QTypeTraits
