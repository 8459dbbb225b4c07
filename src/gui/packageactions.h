#pragma once

#include <QHash>
#include <QObject>
#include <QString>

class QAction;
class QMainWindow;
class QMenu;

namespace TinyDeploy::Gui {

class WizardController;

/// @brief The File menu's deployment package actions: Open Deployment Package… (a
/// PackageDialog for the chosen .tdpkg) and Export Deployment Package… (enabled once the
/// wizard's project is built; writes the package of the project and its record).
class PackageActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PackageActions)

public:
    /// Adds the actions to @p menu, after a separator, and to @p actions
    /// ("openPackage", "exportPackage").
    PackageActions(QMainWindow *window,
                   WizardController *controller,
                   QMenu *menu,
                   QHash<QString, QAction *> &actions);

    /// Enables the actions for the wizard's state (on every WizardController::statesChanged).
    void update();
    /// Opens the package at @p path in a PackageDialog; false (with a message) when it cannot
    /// be read.
    bool openPackage(const QString &path);
    /// Writes the package of the built project to @p path; false (with a message) on failure.
    bool exportPackage(const QString &path);

private:
    void chooseToOpen();
    void chooseToExport();

    QMainWindow *m_window = nullptr;
    WizardController *m_controller = nullptr;
    QAction *m_open = nullptr;
    QAction *m_export = nullptr;
};

} // namespace TinyDeploy::Gui
