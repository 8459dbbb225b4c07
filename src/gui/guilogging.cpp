#include "guilogging.h"

namespace TinyDeploy::Gui {

Q_LOGGING_CATEGORY(lcGui, "tinydeploy.gui", QtWarningMsg)

} // namespace TinyDeploy::Gui
