#include "projectapilogging.h"

namespace TinyDeploy::ProjectApi {

Q_LOGGING_CATEGORY(lcProjectApi, "tinydeploy.projectapi", QtWarningMsg)
Q_LOGGING_CATEGORY(lcProjectApiWire, "tinydeploy.projectapi.wire", QtWarningMsg)

} // namespace TinyDeploy::ProjectApi
