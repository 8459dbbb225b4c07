#pragma once

#include <QStringView>
#include <QtGlobal>

namespace TinyDeploy::Gui {

/// How a log line reads: shown in the error or warning colour, announced as such.
enum class LogLevel : quint8 { Normal, Warning, Error };

/// Error for "error:", "Error", "FAILED", "Traceback", "fatal", "undefined reference";
/// Warning for "warning:", "Warning", "WARN"; Normal otherwise.
LogLevel classifyLogLine(QStringView line);

} // namespace TinyDeploy::Gui
