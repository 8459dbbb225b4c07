#pragma once

#include "wizardstep.h"

#include <util/error.h>

#include <QHash>
#include <QIcon>
#include <QMainWindow>

#include <array>

class QAction;
class QListWidget;
class QMenu;
class QPushButton;
class QStackedWidget;

namespace TinyDeploy::Deploy {
enum class DeploymentStep;
}

namespace TinyDeploy::Gui {

class BuildPage;
class FlashPage;
class LogView;
class ModelPage;
class OptionsPage;
class RunPage;
class TargetPage;
class WizardController;

/// @brief The main window: the step list, the pages of the deployment wizard, Back / Next /
/// Deploy, and the menus. The WizardController decides what is reachable; the window only
/// shows it. The Build, Flash and Run pages (log views, charts) are created when first
/// needed, so that start-up stays cheap.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens @p path (an MLF archive or an extracted folder) without blocking.
    void openModel(const QString &path);

    WizardController *controller() const { return m_controller; }
    WizardStep currentStep() const { return m_current; }
    /// Shows @p step when it is reachable; false otherwise.
    bool goTo(WizardStep step);

    ModelPage *modelPage() const { return m_modelPage; }
    /// Null until first shown (pages are made when first needed).
    TargetPage *targetPage() const { return m_targetPage; }
    OptionsPage *optionsPage() const { return m_optionsPage; }
    BuildPage *buildPage() const { return m_buildPage; }
    FlashPage *flashPage() const { return m_flashPage; }
    RunPage *runPage() const { return m_runPage; }
    QPushButton *nextButton() const { return m_nextButton; }
    QPushButton *backButton() const { return m_backButton; }
    QListWidget *stepList() const { return m_stepList; }
    QAction *action(const QString &name) const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool event(QEvent *event) override;

private:
    void createActions();
    void createSetupPages();
    void createPipelinePages();
    void setPage(WizardStep step, QWidget *page);
    void next();
    void back();
    void updateActions();
    void updateStepList();
    void onStatesChanged();
    void onStepFinished(Deploy::DeploymentStep step, const Result<void> &result);
    void openWithDialog();
    void addRecentFile(const QString &path);
    void updateRecentMenu();
    void saveLog();
    LogView *currentLogView() const;
    void restoreAfterShow();
    QIcon stepIcon(WizardStep step, StepState state);

    WizardController *m_controller = nullptr;
    QListWidget *m_stepList = nullptr;
    QStackedWidget *m_pages = nullptr;
    std::array<QWidget *, WizardStepCount> m_slots{};
    ModelPage *m_modelPage = nullptr;
    TargetPage *m_targetPage = nullptr;
    OptionsPage *m_optionsPage = nullptr;
    BuildPage *m_buildPage = nullptr;
    FlashPage *m_flashPage = nullptr;
    RunPage *m_runPage = nullptr;
    QPushButton *m_backButton = nullptr;
    QPushButton *m_nextButton = nullptr;
    QMenu *m_recentMenu = nullptr;
    QHash<QString, QAction *> m_actions;
    WizardStep m_current = WizardStep::Model;
    bool m_closing = false;
    bool m_painted = false;
    // Parsed once: the step list shows these on every state change.
    std::array<QIcon, WizardStepCount> m_stepIcons;
    std::array<QIcon, int(StepState::Cancelled) + 1> m_stateIcons;
};

} // namespace TinyDeploy::Gui
