#include "projectoption.h"

#include "projectapitr.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace TinyDeploy::ProjectApi {

namespace {

Error fieldError(const QString &path, const QString &what)
{
    return makeError(ErrorCode::MalformedReply,
                     Tr::tr("The server's answer is malformed: %1.").arg(what),
                     path,
                     Tr::tr("The template's server does not follow the Project API protocol."));
}

Error wrongType(const QString &path, const QString &expected)
{
    return fieldError(path, Tr::tr("expected %1").arg(expected));
}

Result<QString> requireString(const QJsonObject &object, const QString &key, const QString &path)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return fail(fieldError(path + QLatin1Char('.') + key, Tr::tr("the field is missing")));
    if (!value.isString())
        return fail(wrongType(path + QLatin1Char('.') + key, Tr::tr("a string")));
    return value.toString();
}

/// null or absent -> empty; otherwise an array of method-name strings.
Result<QStringList> methodList(const QJsonObject &object, const QString &key, const QString &path)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return QStringList();
    const QString fieldPath = path + QLatin1Char('.') + key;
    if (!value.isArray())
        return fail(wrongType(fieldPath, Tr::tr("an array of method names or null")));
    QStringList methods;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString()) {
            return fail(wrongType(fieldPath + QStringLiteral("[%1]").arg(i), Tr::tr("a string")));
        }
        methods.append(array.at(i).toString());
    }
    return methods;
}

QJsonValue methodListJson(const QStringList &methods)
{
    if (methods.isEmpty())
        return QJsonValue::Null;
    return QJsonArray::fromStringList(methods);
}

} // namespace

OptionType optionTypeFromName(QStringView name)
{
    if (name == u"bool")
        return OptionType::Bool;
    if (name == u"str")
        return OptionType::Str;
    if (name == u"int")
        return OptionType::Int;
    if (name == u"float")
        return OptionType::Float;
    return OptionType::Unspecified;
}

QString optionValueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == double(qint64(d)) && std::abs(d) < 9.007199254740992e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::Array:
    case QJsonValue::Object:
        break;
    }
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

bool ProjectOption::isRequiredFor(QStringView method) const
{
    return required.contains(method);
}

bool ProjectOption::isOptionalFor(QStringView method) const
{
    return optional.contains(method);
}

bool ProjectOption::isList() const
{
    if (name == QLatin1String("compile_definitions"))
        return true;
    return (type == OptionType::Str || type == OptionType::Unspecified) && defaultValue.isArray();
}

Result<ProjectOption> ProjectOption::fromJson(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        return fail(wrongType(path, Tr::tr("an object")));
    const QJsonObject object = value.toObject();
    ProjectOption option;

    auto name = requireString(object, QStringLiteral("name"), path);
    if (!name)
        return fail(name.error());
    option.name = *name;

    const QJsonValue choices = object.value(QLatin1String("choices"));
    if (choices.isArray()) {
        QStringList list;
        const QJsonArray array = choices.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonValue choice = array.at(i);
            if (choice.isArray() || choice.isObject() || choice.isNull()) {
                return fail(wrongType(path + QStringLiteral(".choices[%1]").arg(i),
                                      Tr::tr("a string, number or boolean")));
            }
            list.append(optionValueText(choice));
        }
        option.choices = list;
    } else if (!choices.isNull() && !choices.isUndefined()) {
        return fail(wrongType(path + QStringLiteral(".choices"), Tr::tr("an array or null")));
    }

    option.defaultValue = object.value(QLatin1String("default"));
    if (option.defaultValue.isUndefined())
        option.defaultValue = QJsonValue::Null;

    const QJsonValue type = object.value(QLatin1String("type"));
    if (type.isString()) {
        option.typeName = type.toString();
        option.type = optionTypeFromName(option.typeName);
    } else if (!type.isUndefined() && !type.isNull()) {
        return fail(wrongType(path + QStringLiteral(".type"), Tr::tr("a string")));
    }

    auto required = methodList(object, QStringLiteral("required"), path);
    if (!required)
        return fail(required.error());
    option.required = *required;
    auto optional = methodList(object, QStringLiteral("optional"), path);
    if (!optional)
        return fail(optional.error());
    option.optional = *optional;

    const QJsonValue help = object.value(QLatin1String("help"));
    if (help.isString())
        option.help = help.toString();
    else if (!help.isUndefined() && !help.isNull())
        return fail(wrongType(path + QStringLiteral(".help"), Tr::tr("a string")));
    return option;
}

QJsonObject ProjectOption::toJson() const
{
    QJsonObject object;
    object.insert(QLatin1String("name"), name);
    object.insert(QLatin1String("choices"),
                  choices ? QJsonValue(QJsonArray::fromStringList(*choices)) : QJsonValue());
    object.insert(QLatin1String("default"), defaultValue);
    object.insert(QLatin1String("type"), typeName.isEmpty() ? QJsonValue() : QJsonValue(typeName));
    object.insert(QLatin1String("required"), methodListJson(required));
    object.insert(QLatin1String("optional"), methodListJson(optional));
    object.insert(QLatin1String("help"), help);
    return object;
}

const ProjectOption *ServerInfo::option(QStringView name) const
{
    for (const ProjectOption &candidate : projectOptions) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

Result<ServerInfo> ServerInfo::fromJson(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        return fail(wrongType(path, Tr::tr("an object")));
    const QJsonObject object = value.toObject();
    ServerInfo info;

    const QJsonValue protocol = object.value(QLatin1String("protocol_version"));
    const QString protocolPath = path + QStringLiteral(".protocol_version");
    if (protocol.isUndefined())
        return fail(fieldError(protocolPath, Tr::tr("the field is missing")));
    if (!protocol.isDouble() || protocol.toDouble() != double(protocol.toInt()))
        return fail(wrongType(protocolPath, Tr::tr("an integer")));
    info.protocolVersion = protocol.toInt();
    if (info.protocolVersion != SupportedProtocolVersion) {
        return fail(makeError(ErrorCode::UnsupportedProtocolVersion,
                              Tr::tr("The template's server speaks Project API protocol version "
                                     "%1; TinyDeploy supports version %2.")
                                  .arg(info.protocolVersion)
                                  .arg(SupportedProtocolVersion),
                              protocolPath,
                              Tr::tr("Use a template written for microTVM's Project API "
                                     "(TVM 0.8 to 0.18).")));
    }

    auto platform = requireString(object, QStringLiteral("platform_name"), path);
    if (!platform)
        return fail(platform.error());
    info.platformName = *platform;

    const QJsonValue isTemplate = object.value(QLatin1String("is_template"));
    if (isTemplate.isUndefined()) {
        return fail(
            fieldError(path + QStringLiteral(".is_template"), Tr::tr("the field is missing")));
    }
    if (!isTemplate.isBool())
        return fail(wrongType(path + QStringLiteral(".is_template"), Tr::tr("a boolean")));
    info.isTemplate = isTemplate.toBool();

    const QJsonValue mlf = object.value(QLatin1String("model_library_format_path"));
    if (mlf.isString())
        info.modelLibraryFormatPath = mlf.toString();
    else if (!mlf.isNull() && !mlf.isUndefined())
        return fail(wrongType(path + QStringLiteral(".model_library_format_path"),
                              Tr::tr("a string or null")));

    const QJsonValue options = object.value(QLatin1String("project_options"));
    const QString optionsPath = path + QStringLiteral(".project_options");
    if (options.isUndefined())
        return fail(fieldError(optionsPath, Tr::tr("the field is missing")));
    if (!options.isArray())
        return fail(wrongType(optionsPath, Tr::tr("an array")));
    const QJsonArray array = options.toArray();
    info.projectOptions.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto option = ProjectOption::fromJson(array.at(i),
                                              optionsPath + QStringLiteral("[%1]").arg(i));
        if (!option)
            return fail(option.error());
        info.projectOptions.append(std::move(*option));
    }
    return info;
}

QJsonObject ServerInfo::toJson() const
{
    QJsonArray options;
    for (const ProjectOption &option : projectOptions)
        options.append(option.toJson());
    QJsonObject object;
    object.insert(QLatin1String("platform_name"), platformName);
    object.insert(QLatin1String("is_template"), isTemplate);
    object.insert(QLatin1String("model_library_format_path"), modelLibraryFormatPath);
    object.insert(QLatin1String("project_options"), options);
    object.insert(QLatin1String("protocol_version"), protocolVersion);
    return object;
}

Result<TransportTimeouts> TransportTimeouts::fromJson(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        return fail(wrongType(path, Tr::tr("an object")));
    const QJsonValue timeoutsValue = value.toObject().value(QLatin1String("timeouts"));
    const QString timeoutsPath = path + QStringLiteral(".timeouts");
    if (timeoutsValue.isUndefined())
        return fail(fieldError(timeoutsPath, Tr::tr("the field is missing")));
    if (!timeoutsValue.isObject())
        return fail(wrongType(timeoutsPath, Tr::tr("an object")));
    const QJsonObject timeouts = timeoutsValue.toObject();

    TransportTimeouts result;
    const struct
    {
        const char *key;
        double TransportTimeouts::*field;
    } fields[] = {
        {"session_start_retry_timeout_sec", &TransportTimeouts::sessionStartRetryTimeoutSec},
        {"session_start_timeout_sec", &TransportTimeouts::sessionStartTimeoutSec},
        {"session_established_timeout_sec", &TransportTimeouts::sessionEstablishedTimeoutSec},
    };
    for (const auto &field : fields) {
        const QString key = QLatin1String(field.key);
        const QJsonValue seconds = timeouts.value(key);
        const QString fieldPath = timeoutsPath + QLatin1Char('.') + key;
        if (seconds.isUndefined())
            return fail(fieldError(fieldPath, Tr::tr("the field is missing")));
        if (!seconds.isDouble() || seconds.toDouble() < 0)
            return fail(wrongType(fieldPath, Tr::tr("a number of seconds, 0 or more")));
        result.*field.field = seconds.toDouble();
    }
    return result;
}

} // namespace TinyDeploy::ProjectApi
