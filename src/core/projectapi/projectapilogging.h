#pragma once

#include <QLoggingCategory>

namespace TinyDeploy::ProjectApi {

/// "tinydeploy.projectapi": server lifecycle, unexpected replies. Default level Warning.
Q_DECLARE_LOGGING_CATEGORY(lcProjectApi)
/// "tinydeploy.projectapi.wire": every JSON-RPC line sent and received, at debug level.
Q_DECLARE_LOGGING_CATEGORY(lcProjectApiWire)

} // namespace TinyDeploy::ProjectApi
