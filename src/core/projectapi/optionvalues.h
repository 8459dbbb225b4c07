#pragma once

#include "projectoption.h"

#include <util/error.h>

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace TinyDeploy::ProjectApi {

/// @brief The option values of one project, checked against the server's option schema.
///
/// Values typed by the user as text are converted to the declared type: bool accepts
/// true/false/1/0/yes/no/on/off, int and float are parsed as numbers, str stays as typed, and
/// list options (ProjectOption::isList(), e.g. compile_definitions) become a list of strings
/// split on whitespace and commas, extended by each further setText() of the same option
/// (repeated "-o compile_definitions=..."). Values are checked against choices at once;
/// required options are checked per method by forMethod(). Following TVM's client (spec 3.4),
/// the same full set (user values, else defaults, else null) is sent to every method.
///
/// One quirk is accepted on purpose: an int option named "port" takes any text, because the
/// Arduino template declares its serial port path as int (spec 3.4).
class OptionValues final
{
public:
    OptionValues() = default;
    explicit OptionValues(QList<ProjectOption> schema);

    const QList<ProjectOption> &schema() const { return m_schema; }

    /// Converts @p text to the declared type of option @p name and stores it. InvalidOption
    /// for an unknown name (naming the known ones), a value that does not convert, or a value
    /// outside the choices (naming the allowed ones).
    Result<void> setText(const QString &name, const QString &text);
    /// Parses "name=value" (split at the first '=') and calls setText().
    Result<void> setAssignment(const QString &assignment);
    /// Stores an already typed value (from settings or a form), checked like setText().
    Result<void> setValue(const QString &name, const QJsonValue &value);
    void unset(const QString &name);
    void clear();

    /// The values set by the user (no defaults).
    QJsonObject userValues() const;
    bool contains(const QString &name) const;

    /// The full option set for @p method: MissingOption if an option required for the method
    /// has neither a value nor a default (the error names it, its help and choices).
    Result<QJsonObject> forMethod(QStringView method) const;
    /// The full option set, without per-method checks.
    QJsonObject fullSet() const;

    /// Converts @p text as setText() would, without storing it.
    Result<QJsonValue> convert(const ProjectOption &option, const QString &text) const;

private:
    const ProjectOption *find(const QString &name) const;
    Error unknownOption(const QString &name) const;
    Result<void> checkChoices(const ProjectOption &option, const QJsonValue &value) const;

    QList<ProjectOption> m_schema;
    QHash<QString, QJsonValue> m_values;
};

} // namespace TinyDeploy::ProjectApi
