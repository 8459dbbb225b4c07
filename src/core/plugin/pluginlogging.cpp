#include "pluginlogging.h"

namespace TinyDeploy::Plugin {

Q_LOGGING_CATEGORY(lcPlugin, "tinydeploy.plugin", QtWarningMsg)

} // namespace TinyDeploy::Plugin
