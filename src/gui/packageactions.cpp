#include "packageactions.h"
#include "errormessage.h"
#include "packagedialog.h"
#include "savefiledialog.h"
#include "wizardcontroller.h"

#include <deploy/deployment.h>
#include <package/packagereader.h>
#include <package/packagewriter.h>

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>

namespace TinyDeploy::Gui {

namespace {
const char lastPackageDirKey[] = "lastPackageDirectory";
} // namespace

PackageActions::PackageActions(QMainWindow *window,
                               WizardController *controller,
                               QMenu *menu,
                               QHash<QString, QAction *> &actions)
    : QObject(window)
    , m_window(window)
    , m_controller(controller)
{
    menu->addSeparator();
    m_open = menu->addAction(tr("Open &Deployment Package…"), this, &PackageActions::chooseToOpen);
    m_export = menu->addAction(tr("Export Deployment Pac&kage…"),
                               this,
                               &PackageActions::chooseToExport);
    m_export->setStatusTip(tr("One file with the built firmware, how to flash it and the sample "
                              "inputs: flash it where no compiler is installed."));
    actions.insert(QStringLiteral("openPackage"), m_open);
    actions.insert(QStringLiteral("exportPackage"), m_export);
    connect(controller, &WizardController::statesChanged, this, &PackageActions::update);
    update();
}

void PackageActions::update()
{
    const bool busy = m_controller->isBusy();
    m_open->setEnabled(!busy);
    const Deploy::Deployment *deployment = m_controller->deployment();
    m_export->setEnabled(!busy && deployment
                         && m_controller->state(WizardStep::Build) == StepState::Done
                         && !deployment->projectDir().isEmpty());
}

void PackageActions::chooseToOpen()
{
    const QString dir
        = QSettings().value(QLatin1String(lastPackageDirKey), QDir::homePath()).toString();
    auto *dialog = new QFileDialog(m_window,
                                   tr("Open Deployment Package"),
                                   dir,
                                   tr("Deployment packages (*.tdpkg);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QSettings().setValue(QLatin1String(lastPackageDirKey), QFileInfo(path).absolutePath());
        openPackage(path);
    });
    dialog->open();
}

bool PackageActions::openPackage(const QString &path)
{
    const Result<Package::PackageManifest> manifest = Package::readManifest(path);
    if (!manifest) {
        showErrorMessage(m_window, tr("Open Deployment Package"), manifest.error());
        return false;
    }
    auto *dialog = new PackageDialog(path, *manifest, m_window);
    dialog->setObjectName(QStringLiteral("packageDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return true;
}

void PackageActions::chooseToExport()
{
    const Deploy::Deployment *deployment = m_controller->deployment();
    if (!deployment)
        return;
    const QString name = QFileInfo(deployment->settings().modelPath).completeBaseName();
    askForFileToSave(m_window,
                     {tr("Export Deployment Package"),
                      QLatin1String(lastPackageDirKey),
                      name.isEmpty() ? QStringLiteral("model") : name,
                      QStringLiteral("tdpkg"),
                      tr("Deployment packages (*.tdpkg)")},
                     [this](const QString &path) { exportPackage(path); });
}

bool PackageActions::exportPackage(const QString &path)
{
    const Deploy::Deployment *deployment = m_controller->deployment();
    if (!deployment)
        return false;
    // A few MiB read and written: short enough for the UI thread.
    const Result<Package::PackageManifest> written
        = Package::writePackage(deployment->projectDir(), deployment->recordFolder(), path);
    if (!written) {
        showErrorMessage(m_window, tr("Export Deployment Package"), written.error());
        return false;
    }
    m_window->statusBar()->showMessage(tr("Wrote the deployment package %1 (%2 for %3).")
                                           .arg(QDir::toNativeSeparators(path),
                                                written->modelName,
                                                written->boardName),
                                       10000);
    return true;
}

} // namespace TinyDeploy::Gui
