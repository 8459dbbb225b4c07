#include "deploylogging.h"

namespace TinyDeploy::Deploy {

Q_LOGGING_CATEGORY(lcDeploy, "tinydeploy.deploy", QtWarningMsg)

} // namespace TinyDeploy::Deploy
