#pragma once

#include <QLoggingCategory>

namespace TinyDeploy::Gui {

/// Developer diagnostics of the widgets ("tinydeploy.gui"); never user-facing text.
Q_DECLARE_LOGGING_CATEGORY(lcGui)

} // namespace TinyDeploy::Gui
