#include "optionvalues.h"

#include "projectapitr.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QStringList>

#include <cmath>

namespace TinyDeploy::ProjectApi {

namespace {

QString typeLabel(const ProjectOption &option)
{
    switch (option.type) {
    case OptionType::Bool:
        return Tr::tr("true or false");
    case OptionType::Int:
        return Tr::tr("an integer");
    case OptionType::Float:
        return Tr::tr("a number");
    case OptionType::Str:
    case OptionType::Unspecified:
        break;
    }
    return Tr::tr("text");
}

Error invalidValue(const ProjectOption &option, const QString &text, const QString &expected)
{
    return makeError(ErrorCode::InvalidOption,
                     Tr::tr("Option '%1' must be %2; got '%3'.").arg(option.name, expected, text),
                     option.name,
                     option.help);
}

QStringList splitList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

} // namespace

OptionValues::OptionValues(QList<ProjectOption> schema)
    : m_schema(std::move(schema))
{}

const ProjectOption *OptionValues::find(const QString &name) const
{
    for (const ProjectOption &option : m_schema) {
        if (option.name == name)
            return &option;
    }
    return nullptr;
}

Error OptionValues::unknownOption(const QString &name) const
{
    QStringList known;
    for (const ProjectOption &option : m_schema)
        known.append(option.name);
    return makeError(ErrorCode::InvalidOption,
                     Tr::tr("Unknown option '%1'.").arg(name),
                     name,
                     known.isEmpty()
                         ? Tr::tr("This template declares no options.")
                         : Tr::tr("Known options: %1.").arg(known.join(QStringLiteral(", "))));
}

Result<void> OptionValues::checkChoices(const ProjectOption &option, const QJsonValue &value) const
{
    // An empty list is what real servers send when nothing is known: no restriction.
    if (!option.choices || option.choices->isEmpty())
        return ok();
    const auto inChoices = [&](const QJsonValue &v) {
        return option.choices->contains(optionValueText(v));
    };
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array) {
            if (!inChoices(item))
                return fail(invalidValue(option,
                                         optionValueText(item),
                                         Tr::tr("one of %1")
                                             .arg(option.choices->join(QStringLiteral(", ")))));
        }
        return ok();
    }
    if (value.isNull() || inChoices(value))
        return ok();
    return fail(invalidValue(option,
                             optionValueText(value),
                             Tr::tr("one of %1").arg(option.choices->join(QStringLiteral(", ")))));
}

Result<QJsonValue> OptionValues::convert(const ProjectOption &option, const QString &text) const
{
    const QString trimmed = text.trimmed();
    if (option.isList()) {
        QJsonArray list;
        for (const QString &item : splitList(text))
            list.append(item);
        return QJsonValue(list);
    }
    switch (option.type) {
    case OptionType::Bool: {
        const QString lower = trimmed.toLower();
        if (lower == u"true" || lower == u"1" || lower == u"yes" || lower == u"on")
            return QJsonValue(true);
        if (lower == u"false" || lower == u"0" || lower == u"no" || lower == u"off")
            return QJsonValue(false);
        return fail(invalidValue(option, text, Tr::tr("true or false (or 1/0, yes/no, on/off)")));
    }
    case OptionType::Int: {
        bool okNumber = false;
        qint64 number = 0;
        if (trimmed.startsWith(u"0x", Qt::CaseInsensitive))
            number = trimmed.mid(2).toLongLong(&okNumber, 16);
        else if (trimmed.startsWith(u"-0x", Qt::CaseInsensitive))
            number = -trimmed.mid(3).toLongLong(&okNumber, 16);
        else
            number = trimmed.toLongLong(&okNumber, 10);
        if (okNumber)
            return QJsonValue(number);
        if (option.name == QLatin1String("port"))
            return QJsonValue(text);
        return fail(invalidValue(option, text, typeLabel(option)));
    }
    case OptionType::Float: {
        bool okNumber = false;
        const double number = trimmed.toDouble(&okNumber);
        if (!okNumber || !std::isfinite(number))
            return fail(invalidValue(option, text, typeLabel(option)));
        return QJsonValue(number);
    }
    case OptionType::Str:
    case OptionType::Unspecified:
        break;
    }
    return QJsonValue(text);
}

Result<void> OptionValues::setText(const QString &name, const QString &text)
{
    const ProjectOption *option = find(name);
    if (!option)
        return fail(unknownOption(name));
    auto value = convert(*option, text);
    if (!value)
        return fail(value.error());
    if (option->isList()) {
        // Repeated assignments extend the list (-o compile_definitions=-DA -o ...=-DB).
        const auto existing = m_values.constFind(name);
        if (existing != m_values.cend() && existing->isArray()) {
            QJsonArray list = existing->toArray();
            const QJsonArray more = value->toArray();
            for (const QJsonValue &item : more)
                list.append(item);
            *value = list;
        }
    }
    if (auto checked = checkChoices(*option, *value); !checked)
        return checked;
    m_values.insert(name, *value);
    return ok();
}

Result<void> OptionValues::setAssignment(const QString &assignment)
{
    const qsizetype equals = assignment.indexOf(QLatin1Char('='));
    if (equals <= 0) {
        return fail(makeError(ErrorCode::InvalidOption,
                              Tr::tr("Option assignments have the form NAME=VALUE; got '%1'.")
                                  .arg(assignment),
                              {},
                              Tr::tr("For example: -o workspace_size_bytes=65536")));
    }
    return setText(assignment.left(equals).trimmed(), assignment.mid(equals + 1));
}

Result<void> OptionValues::setValue(const QString &name, const QJsonValue &value)
{
    const ProjectOption *option = find(name);
    if (!option)
        return fail(unknownOption(name));
    if (value.isString() && option->type != OptionType::Str
        && option->type != OptionType::Unspecified) {
        return setText(name, value.toString());
    }
    bool typeOk = true;
    if (!value.isNull()) {
        if (option->isList())
            typeOk = value.isArray();
        else if (option->type == OptionType::Bool)
            typeOk = value.isBool();
        else if (option->type == OptionType::Int)
            typeOk = value.isDouble() && value.toDouble() == std::trunc(value.toDouble());
        else if (option->type == OptionType::Float)
            typeOk = value.isDouble();
    }
    if (!typeOk) {
        return fail(
            invalidValue(*option,
                         optionValueText(value),
                         option->isList() ? Tr::tr("a list of strings") : typeLabel(*option)));
    }
    if (auto checked = checkChoices(*option, value); !checked)
        return checked;
    m_values.insert(name, value);
    return ok();
}

void OptionValues::unset(const QString &name)
{
    m_values.remove(name);
}

void OptionValues::clear()
{
    m_values.clear();
}

bool OptionValues::contains(const QString &name) const
{
    return m_values.contains(name);
}

QJsonObject OptionValues::userValues() const
{
    QJsonObject object;
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QJsonObject OptionValues::fullSet() const
{
    QJsonObject object;
    for (const ProjectOption &option : m_schema)
        object.insert(option.name, m_values.value(option.name, option.defaultValue));
    return object;
}

Result<QJsonObject> OptionValues::forMethod(QStringView method) const
{
    for (const ProjectOption &option : m_schema) {
        if (!option.isRequiredFor(method))
            continue;
        const QJsonValue value = m_values.value(option.name, option.defaultValue);
        if (!value.isNull() && !value.isUndefined())
            continue;
        QString hint = Tr::tr("Set it with %1=VALUE.").arg(option.name);
        if (option.choices && !option.choices->isEmpty())
            hint += QLatin1Char(' ')
                    + Tr::tr("Allowed values: %1.").arg(option.choices->join(QStringLiteral(", ")));
        if (!option.help.isEmpty())
            hint += QLatin1Char(' ') + option.help;
        return fail(
            makeError(ErrorCode::MissingOption,
                      Tr::tr("Option '%1' is required for %2.").arg(option.name, method.toString()),
                      option.name,
                      hint));
    }
    return fullSet();
}

} // namespace TinyDeploy::ProjectApi
