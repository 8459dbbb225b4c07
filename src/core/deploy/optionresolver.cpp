#include "optionresolver.h"

#include <projectapi/optionvalues.h>

#include <algorithm>

namespace TinyDeploy::Deploy {

OptionResolver::OptionResolver(QList<ProjectApi::ProjectOption> schema)
    : m_schema(std::move(schema))
{}

bool OptionResolver::declares(const QString &name) const
{
    return std::any_of(m_schema.cbegin(), m_schema.cend(), [&name](const auto &option) {
        return option.name == name;
    });
}

Result<QJsonObject> OptionResolver::userValues(const QJsonObject &values,
                                               const QStringList &assignments,
                                               const QString &valuesHint) const
{
    ProjectApi::OptionValues resolved(m_schema);
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (!declares(it.key()))
            continue;
        if (Result<void> set = resolved.setValue(it.key(), it.value()); !set) {
            Error error = set.error();
            if (!valuesHint.isEmpty())
                error.hint = valuesHint;
            return fail(error);
        }
    }
    for (const QString &assignment : assignments) {
        if (Result<void> set = resolved.setAssignment(assignment); !set)
            return fail(set.error());
    }
    return resolved.userValues();
}

Result<QJsonObject> OptionResolver::forMethod(const QString &method, const QJsonObject &values) const
{
    Result<QJsonObject> user = userValues(values);
    if (!user)
        return user;
    ProjectApi::OptionValues resolved(m_schema);
    for (auto it = user->constBegin(); it != user->constEnd(); ++it) {
        if (Result<void> set = resolved.setValue(it.key(), it.value()); !set)
            return fail(set.error());
    }
    return resolved.forMethod(method);
}

} // namespace TinyDeploy::Deploy
