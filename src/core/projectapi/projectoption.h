#pragma once

#include <util/error.h>

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace TinyDeploy::ProjectApi {

/// The declared JSON type of a project option (spec 3.2). Advisory on the server side;
/// OptionValues converts user text to it.
enum class OptionType { Bool, Str, Int, Float, Unspecified };

/// @brief One entry of ServerInfo::projectOptions, all 7 fields of TVM's ProjectOption.
/// Servers before TVM 0.11 send only name, choices and help: the others then stay empty.
struct ProjectOption
{
    QString name;
    /// Allowed values as text ("true", "42", "mps2_an521"). std::nullopt: any value.
    /// An empty list is sent by real servers (Zephyr project_type in a generated project) and
    /// also means "no restriction", never "no value allowed".
    std::optional<QStringList> choices;
    QJsonValue defaultValue = QJsonValue::Null; ///< Null when there is no default.
    OptionType type = OptionType::Unspecified;
    QString typeName;     ///< The "type" text as sent ("bool", "str", ...); empty if absent.
    QStringList required; ///< Methods for which the option must have a value.
    QStringList optional; ///< Methods for which the option may have a value.
    QString help;

    bool isRequiredFor(QStringView method) const;
    bool isOptionalFor(QStringView method) const;
    /// True when values are lists of strings: compile_definitions (declared "str" but used as
    /// a list by Zephyr and Arduino, spec 3.4) and any str option whose default is a list.
    bool isList() const;

    /// Parses one element of project_options; errors are MalformedReply naming @p path
    /// (e.g. "result.project_options[2].required").
    static Result<ProjectOption> fromJson(const QJsonValue &value, const QString &path);
    /// The wire form, 7 keys.
    QJsonObject toJson() const;
};

/// @brief The result of server_info_query (spec 3.2).
struct ServerInfo
{
    QString platformName;
    bool isTemplate = false;
    QString modelLibraryFormatPath; ///< "" for templates (null is accepted as "").
    QList<ProjectOption> projectOptions;
    int protocolVersion = 0;

    /// The option called @p name, or nullptr.
    const ProjectOption *option(QStringView name) const;

    /// Parses and checks a server_info_query result: MalformedReply naming the field, or
    /// UnsupportedProtocolVersion unless protocol_version is 1.
    static Result<ServerInfo> fromJson(const QJsonValue &value,
                                       const QString &path = QStringLiteral("result"));
    QJsonObject toJson() const;
};

/// @brief result.timeouts of open_transport (spec 3.3), in seconds; 0 means "no limit".
struct TransportTimeouts
{
    double sessionStartRetryTimeoutSec = 0;
    double sessionStartTimeoutSec = 0;
    double sessionEstablishedTimeoutSec = 0;

    /// Parses the open_transport result object ({"timeouts": {...}}).
    static Result<TransportTimeouts> fromJson(const QJsonValue &value,
                                              const QString &path = QStringLiteral("result"));
};

/// The protocol version this client speaks (spec 2.5).
inline constexpr int SupportedProtocolVersion = 1;

/// "bool" -> OptionType::Bool, ...; anything else -> Unspecified.
OptionType optionTypeFromName(QStringView name);
/// A JSON scalar as option text: true -> "true", 42 -> "42", "x" -> "x".
QString optionValueText(const QJsonValue &value);

} // namespace TinyDeploy::ProjectApi
