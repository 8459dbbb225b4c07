#pragma once

#include <QLoggingCategory>

namespace TinyDeploy::Deploy {

/// Deployment steps, state changes and record writing (`tinydeploy.deploy`).
Q_DECLARE_LOGGING_CATEGORY(lcDeploy)

} // namespace TinyDeploy::Deploy
