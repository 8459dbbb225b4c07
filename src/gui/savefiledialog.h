#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace TinyDeploy::Gui {

/// What askForFileToSave() asks for.
struct SaveFileRequest
{
    QString title;
    /// The QSettings key of the folder last chosen (the home folder until then).
    QString folderKey;
    QString baseName; ///< The file name proposed, without suffix.
    QString suffix;   ///< "tdpkg": proposed, and added when the user types none.
    QString filter;   ///< "Deployment packages (*.tdpkg)".
};

/// Opens a window-modal Save dialog in the folder last chosen for @p request's key; once the
/// user has chosen, remembers the folder and calls @p chosen with the path. Returns at once.
void askForFileToSave(QWidget *parent,
                      const SaveFileRequest &request,
                      std::function<void(const QString &path)> chosen);

} // namespace TinyDeploy::Gui
