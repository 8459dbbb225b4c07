#pragma once

#include <QLoggingCategory>

namespace TinyDeploy::Templates {

/// Discovery, queries and cache decisions of the template catalog ("tinydeploy.templates").
Q_DECLARE_LOGGING_CATEGORY(lcTemplates)

} // namespace TinyDeploy::Templates
