#pragma once

#include <projectapi/projectoption.h>
#include <util/error.h>

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace TinyDeploy::Deploy {

/// @brief The option values of a deployment, resolved against a server's declared options.
///
/// The one place where what the user gave (typed values from a form or remembered by the
/// project, then "name=value" assignments as typed) becomes the values sent to each method:
/// the Deployment uses it for every step, the CLI to check options before anything runs.
class OptionResolver final
{
public:
    explicit OptionResolver(QList<ProjectApi::ProjectOption> schema);

    const QList<ProjectApi::ProjectOption> &schema() const { return m_schema; }
    bool declares(const QString &name) const;

    /// The user's values: @p values first (a value @p schema does not declare is dropped: a
    /// remembered one the server no longer knows), then each "name=value" of @p assignments,
    /// converted to the declared types. InvalidOption names the option and the allowed
    /// values; @p valuesHint, when given, replaces the hint of an error in @p values (say
    /// where they came from).
    Result<QJsonObject> userValues(const QJsonObject &values,
                                   const QStringList &assignments = {},
                                   const QString &valuesHint = {}) const;

    /// The full option set for @p method from the user's @p values (undeclared ones dropped):
    /// TVM sends the same full set to every method. MissingOption when an option required for
    /// the method has neither a value nor a default.
    Result<QJsonObject> forMethod(const QString &method, const QJsonObject &values) const;

private:
    QList<ProjectApi::ProjectOption> m_schema;
};

} // namespace TinyDeploy::Deploy
