#pragma once

#include <QLoggingCategory>

namespace TinyDeploy::Plugin {

/// Plugin search, metadata and loading ("tinydeploy.plugin").
Q_DECLARE_LOGGING_CATEGORY(lcPlugin)

} // namespace TinyDeploy::Plugin
