#pragma once

#include <QString>

class QWidget;

namespace TinyDeploy {
struct Error;
}

namespace TinyDeploy::Gui {

/// Opens a window-modal warning for @p error: its one line, the hint below it, the details one
/// click away (Show Details…). Returns at once; the box deletes itself.
void showErrorMessage(QWidget *parent, const QString &title, const Error &error);

} // namespace TinyDeploy::Gui
