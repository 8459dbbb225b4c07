#include "aboutdialog.h"
#include "batchdialog.h"
#include "diagnosticsdialog.h"
#include "historydialog.h"
#include "kioskactions.h"
#include "mainwindow.h"
#include "packageactions.h"
#include "runpage.h"
#include "settingsdialog.h"
#include "wizardcontroller.h"

#include <templates/templatecatalog.h>

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QPushButton>

// MainWindow's menus and their actions: what each does, and when each is enabled.

namespace TinyDeploy::Gui {

QAction *MainWindow::action(const QString &name) const
{
    return m_actions.value(name);
}

void MainWindow::createActions()
{
    const auto add = [this](QMenu *menu,
                            const QString &name,
                            const QString &text,
                            const QKeySequence &shortcut,
                            auto slot) {
        QAction *action = menu->addAction(text, this, slot);
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        m_actions.insert(name, action);
        return action;
    };

    QMenu *file = menuBar()->addMenu(tr("&File"));
    add(file, QStringLiteral("open"), tr("&Open Model Archive…"), QKeySequence::Open, [this] {
        openWithDialog();
    });
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    add(file,
        QStringLiteral("sample"),
        tr("&Try the Sample Model"),
        QKeySequence(tr("Ctrl+T")),
        [this] {
            goTo(WizardStep::Model);
            m_controller->openSample();
        });
    new PackageActions(this, m_controller, file, m_actions); // the window owns it
    new KioskActions(this, m_controller, file, m_actions);   // the window owns it
    file->addSeparator();
    add(file, QStringLiteral("saveLog"), tr("&Save Log…"), QKeySequence::Save, [this] {
        saveLog();
    });
    add(file, QStringLiteral("close"), tr("&Close Model"), QKeySequence::Close, [this] {
        m_controller->closeModel();
        setWindowFilePath({});
        goTo(WizardStep::Model);
    });
    file->addSeparator();
    add(file, QStringLiteral("quit"), tr("&Quit"), QKeySequence::Quit, [this] {
        close();
    })->setMenuRole(QAction::QuitRole);

    QMenu *deploy = menuBar()->addMenu(tr("De&ploy"));
    add(deploy,
        QStringLiteral("next"),
        tr("&Next / Deploy"),
        QKeySequence(tr("Ctrl+Return")),
        [this] { next(); });
    add(deploy, QStringLiteral("back"), tr("&Back"), QKeySequence(tr("Ctrl+Backspace")), [this] {
        back();
    });
    deploy->addSeparator();
    add(deploy, QStringLiteral("cancel"), tr("&Cancel"), QKeySequence(Qt::Key_Escape), [this] {
        m_controller->cancel();
        if (m_runPage)
            m_runPage->setContinuous(false);
    });
    add(deploy, QStringLiteral("retry"), tr("&Retry"), QKeySequence(tr("Ctrl+R")), [this] {
        m_controller->retry();
    });
    BatchDialog::install(this, deploy, m_controller); // "Deploy to Several Boards…"
    deploy->addSeparator();
    add(deploy, QStringLiteral("runOnce"), tr("Run &Once"), QKeySequence(Qt::Key_F5), [this] {
        if (goTo(WizardStep::Run))
            m_runPage->runOnce();
    });
    QAction *continuous = add(deploy,
                              QStringLiteral("runContinuously"),
                              tr("Run Con&tinuously"),
                              QKeySequence(tr("Shift+F5")),
                              [this](bool checked) {
                                  if (goTo(WizardStep::Run))
                                      m_runPage->setContinuous(checked);
                              });
    continuous->setCheckable(true);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    HistoryDialog::install(this, view, m_controller);
    connect(m_controller, &WizardController::recordRunStarted, this, &MainWindow::goTo);
    add(view, QStringLiteral("logCategories"), tr("&Log Categories…"), {}, [this] {
        DiagnosticsDialog::showFor(this);
    });
    add(view,
        QStringLiteral("settings"),
        tr("Language and &Settings…"),
        QKeySequence::Preferences,
        [this] {
            auto *dialog = new SettingsDialog(this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QDialog::accepted, this, [this] {
                m_controller->setStandaloneCrtDir(SettingsDialog::standaloneCrtDir());
                if (m_controller->hasCatalog())
                    m_controller->catalog()->refresh();
            });
            dialog->open();
        })
        ->setMenuRole(QAction::PreferencesRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    add(help, QStringLiteral("about"), tr("&About TinyDeploy"), QKeySequence::HelpContents, [this] {
        QStringList templates;
        if (m_controller->hasCatalog()) {
            for (const Templates::TemplateInfo &info : m_controller->catalog()->templates())
                templates << tr("%1: %2").arg(info.name(), Templates::statusName(info.status));
        }
        auto *dialog = new AboutDialog(templates, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    })->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

// Every action and button gets its enabled state here, from the controller's states.
void MainWindow::updateActions()
{
    const StepState state = m_controller->state(m_current);
    const bool busy = m_controller->isBusy();
    bool canNext = false;
    switch (m_current) {
    case WizardStep::Model:
    case WizardStep::Target:
        canNext = state == StepState::Done
                  && m_controller->isReachable(WizardStep(int(m_current) + 1));
        break;
    case WizardStep::Options:
        canNext = m_controller->isReachable(WizardStep::Options) && !busy;
        break;
    case WizardStep::Build:
    case WizardStep::Flash:
        canNext = state == StepState::Done;
        break;
    case WizardStep::Run:
        break;
    }
    m_nextButton->setText(m_current == WizardStep::Options ? tr("&Deploy") : tr("&Next"));
    m_nextButton->setAccessibleName(m_current == WizardStep::Options ? tr("Deploy")
                                                                     : tr("Next step"));
    m_nextButton->setEnabled(canNext);
    m_nextButton->setVisible(m_current != WizardStep::Run);
    m_backButton->setEnabled(m_current != WizardStep::Model);

    m_actions.value(QStringLiteral("next"))->setEnabled(canNext);
    m_actions.value(QStringLiteral("back"))->setEnabled(m_current != WizardStep::Model);
    m_actions.value(QStringLiteral("cancel"))->setEnabled(busy);
    bool anyFailed = false;
    for (WizardStep step : {WizardStep::Build, WizardStep::Flash, WizardStep::Run}) {
        const StepState s = m_controller->state(step);
        anyFailed = anyFailed || s == StepState::Failed || s == StepState::Cancelled;
    }
    m_actions.value(QStringLiteral("retry"))->setEnabled(anyFailed && !busy);
    const bool flashed = m_controller->state(WizardStep::Flash) == StepState::Done;
    m_actions.value(QStringLiteral("runOnce"))->setEnabled(flashed && !busy);
    QAction *continuous = m_actions.value(QStringLiteral("runContinuously"));
    continuous->setEnabled(flashed);
    continuous->setChecked(m_runPage && m_runPage->isContinuous());
    m_actions.value(QStringLiteral("saveLog"))->setEnabled(currentLogView() != nullptr);
    m_actions.value(QStringLiteral("close"))->setEnabled(m_controller->model() != nullptr);
    m_actions.value(QStringLiteral("sample"))->setEnabled(!busy);
    m_actions.value(QStringLiteral("open"))->setEnabled(!busy);
}

} // namespace TinyDeploy::Gui
