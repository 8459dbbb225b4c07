#include "kioskactions.h"
#include "errormessage.h"
#include "savefiledialog.h"
#include "wizardcontroller.h"

#include <deploy/kioskconfig.h>
#include <templates/templateinfo.h>

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>

namespace TinyDeploy::Gui {

namespace {
const char lastKioskDirKey[] = "lastKioskDirectory";
} // namespace

KioskActions::KioskActions(QMainWindow *window,
                           WizardController *controller,
                           QMenu *menu,
                           QHash<QString, QAction *> &actions)
    : QObject(window)
    , m_window(window)
    , m_controller(controller)
{
    m_save = menu->addAction(tr("Save as K&iosk Configuration…"), this, &KioskActions::chooseToSave);
    m_save->setStatusTip(tr("A file for \"tinydeploy --kiosk\": one big Deploy button for "
                            "students, with this model, template, board and options."));
    actions.insert(QStringLiteral("saveKiosk"), m_save);
    connect(controller, &WizardController::statesChanged, this, &KioskActions::update);
    connect(controller, &WizardController::modelChanged, this, &KioskActions::update);
    connect(controller, &WizardController::selectionChanged, this, &KioskActions::update);
    update();
}

void KioskActions::update()
{
    const Templates::TemplateInfo *templ = m_controller->templateInfo();
    m_save->setEnabled(m_controller->model() && templ && templ->isUsable());
}

Deploy::KioskConfig KioskActions::currentConfig(const QString &path) const
{
    Deploy::KioskConfig config;
    config.filePath = QFileInfo(path).absoluteFilePath();
    if (const Mlf::ModelInfo *model = m_controller->model()) {
        config.modelPath = model->path;
        config.title = QFileInfo(model->path).completeBaseName();
    }
    if (const Templates::TemplateInfo *templ = m_controller->templateInfo()) {
        // A bundled template is found by name on every computer; another one by its folder.
        config.templateRef = templ->location.source == Templates::TemplateSource::Bundled
                                 ? templ->name()
                                 : templ->path();
    }
    config.board = m_controller->boardName();
    config.options = m_controller->optionValues();
    config.options.remove(QStringLiteral("board")); // the file has a field of its own
    return config;
}

void KioskActions::chooseToSave()
{
    const Mlf::ModelInfo *model = m_controller->model();
    const QString name = model ? QFileInfo(model->path).completeBaseName() : QString();
    askForFileToSave(m_window,
                     {tr("Save as Kiosk Configuration"),
                      QLatin1String(lastKioskDirKey),
                      name.isEmpty() ? QStringLiteral("kiosk") : name,
                      QStringLiteral("tdkiosk"),
                      tr("Kiosk configurations (*.tdkiosk)")},
                     [this](const QString &path) { saveKioskConfig(path); });
}

bool KioskActions::saveKioskConfig(const QString &path)
{
    const Result<void> written = Deploy::writeKioskConfig(currentConfig(path), path);
    if (!written) {
        showErrorMessage(m_window, tr("Save as Kiosk Configuration"), written.error());
        return false;
    }
    m_window->statusBar()->showMessage(tr("Wrote %1. Start the kiosk with: tinydeploy --kiosk %1")
                                           .arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace TinyDeploy::Gui
