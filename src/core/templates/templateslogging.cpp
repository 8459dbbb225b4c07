#include "templateslogging.h"

namespace TinyDeploy::Templates {

Q_LOGGING_CATEGORY(lcTemplates, "tinydeploy.templates", QtWarningMsg)

} // namespace TinyDeploy::Templates
