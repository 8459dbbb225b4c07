#include "mainwindow.h"
#include "buildpage.h"
#include "flashpage.h"
#include "logview.h"
#include "modelpage.h"
#include "optionspage.h"
#include "recentfiles.h"
#include "runpage.h"
#include "settingsdialog.h"
#include "targetpage.h"
#include "wizardcontroller.h"

#include <deploy/deployment.h>
#include <mlf/modelinfo.h>
#include <mlf/modelloader.h>
#include <templates/templatecatalog.h>

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace TinyDeploy::Gui {

namespace {
const char geometryKey[] = "mainWindow/geometry";
const char stateKey[] = "mainWindow/state";
const char lastDirKey[] = "lastOpenDirectory";

QString localPathOf(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().constFirst();
    return url.isLocalFile() ? url.toLocalFile() : QString();
}

constexpr std::array allSteps{WizardStep::Model,
                              WizardStep::Target,
                              WizardStep::Options,
                              WizardStep::Build,
                              WizardStep::Flash,
                              WizardStep::Run};
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_controller(new WizardController(this))
    , m_stepList(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
{
    setWindowTitle(tr("TinyDeploy"));
    setAcceptDrops(true);

    m_stepList->setAccessibleName(tr("Steps"));
    m_stepList->setIconSize(QSize(20, 20));
    m_stepList->setSpacing(2);
    m_stepList->setFixedWidth(170);
    m_stepList->setFocusPolicy(Qt::StrongFocus);
    for (WizardStep step : allSteps) {
        auto *item = new QListWidgetItem(m_stepList);
        item->setIcon(stepIcon(step, StepState::Pending));
    }
    connect(m_stepList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && WizardStep(row) != m_current && !goTo(WizardStep(row))) {
            const QSignalBlocker blocker(m_stepList);
            m_stepList->setCurrentRow(int(m_current));
        }
    });

    // Only the first page exists at start-up; the others are made when first needed.
    m_modelPage = new ModelPage(m_controller, this);
    m_slots = {m_modelPage, nullptr, nullptr, nullptr, nullptr, nullptr};
    for (QWidget *&slot : m_slots) {
        if (!slot)
            slot = new QWidget(this); // Replaced by the real page when first needed.
        m_pages->addWidget(slot);
    }
    connect(m_modelPage, &ModelPage::openRequested, this, &MainWindow::openWithDialog);

    m_backButton = new QPushButton(tr("&Back"), this);
    m_backButton->setAccessibleName(tr("Back to the previous step"));
    m_nextButton = new QPushButton(tr("&Next"), this);
    m_nextButton->setAccessibleName(tr("Next step"));
    m_nextButton->setDefault(true);
    connect(m_backButton, &QPushButton::clicked, this, &MainWindow::back);
    connect(m_nextButton, &QPushButton::clicked, this, &MainWindow::next);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_backButton);
    buttons->addWidget(m_nextButton);
    auto *right = new QVBoxLayout;
    right->addWidget(m_pages, 1);
    right->addLayout(buttons);
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->addWidget(m_stepList);
    layout->addLayout(right, 1);
    setCentralWidget(central);
    setTabOrder(m_stepList, m_modelPage);
    setTabOrder(m_modelPage, m_backButton);
    setTabOrder(m_backButton, m_nextButton);

    connect(m_controller, &WizardController::statesChanged, this, &MainWindow::onStatesChanged);
    connect(m_controller, &WizardController::modelChanged, this, [this] {
        if (const Mlf::ModelInfo *model = m_controller->model()) {
            setWindowFilePath(model->path);
            addRecentFile(model->path);
            statusBar()->showMessage(tr("Opened %1").arg(QFileInfo(model->path).fileName()), 5000);
        }
    });
    connect(m_controller, &WizardController::runFinished, this, [this] { updateActions(); });
    // A model that finished loading: go on to the target.
    connect(m_controller->modelLoader(), &Mlf::ModelLoader::loaded, this, [this] {
        if (m_current == WizardStep::Model
            && m_controller->state(WizardStep::Model) == StepState::Done)
            goTo(WizardStep::Target);
    });
    connect(m_controller,
            &WizardController::deploymentChanged,
            this,
            [this](Deploy::Deployment *deployment) {
                if (!deployment)
                    return;
                connect(deployment,
                        &Deploy::Deployment::stepFinished,
                        this,
                        &MainWindow::onStepFinished);
                // What does not stop the deployment (a record it could not write) still
                // reaches the user.
                connect(deployment, &Deploy::Deployment::warning, this, [this](const QString &text) {
                    statusBar()->showMessage(text, 15000);
                });
            });

    createActions();
    updateStepList();
    updateActions();
    statusBar()->showMessage(tr("Ready"));

    // Settings that cost time (geometry is cheap; recent files touch the disk) and the template
    // catalog come after the first show.
    if (!restoreGeometry(QSettings().value(QLatin1String(geometryKey)).toByteArray()))
        resize(1100, 760);
    QTimer::singleShot(0, this, &MainWindow::restoreAfterShow);
}

MainWindow::~MainWindow() = default;

void MainWindow::restoreAfterShow()
{
    QSettings settings;
    restoreState(settings.value(QLatin1String(stateKey)).toByteArray());
    updateRecentMenu();
    m_controller->setStandaloneCrtDir(SettingsDialog::standaloneCrtDir());
}

bool MainWindow::event(QEvent *event)
{
    // The templates are asked once the window has been painted, so that the first paint never
    // waits for process spawning (if it never is, the Target page asks for the catalog).
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        QTimer::singleShot(0, m_controller, &WizardController::ensureCatalog);
    }
    return QMainWindow::event(event);
}

QIcon MainWindow::stepIcon(WizardStep step, StepState state)
{
    const bool pending = state == StepState::Pending;
    QIcon &icon = pending ? m_stepIcons[int(step)] : m_stateIcons[int(state)];
    if (icon.isNull())
        icon = QIcon(pending ? wizardStepIcon(step) : stepStateIcon(state));
    return icon;
}

void MainWindow::setPage(WizardStep step, QWidget *page)
{
    const int index = int(step);
    QWidget *placeholder = m_slots[index];
    m_pages->insertWidget(index, page);
    m_pages->removeWidget(placeholder);
    placeholder->deleteLater();
    m_slots[index] = page;
    m_pages->setCurrentIndex(int(m_current));
}

void MainWindow::createSetupPages()
{
    if (m_targetPage)
        return;
    m_targetPage = new TargetPage(m_controller, this);
    m_optionsPage = new OptionsPage(m_controller, this);
    setPage(WizardStep::Target, m_targetPage);
    setPage(WizardStep::Options, m_optionsPage);
}

void MainWindow::createPipelinePages()
{
    if (m_buildPage)
        return;
    createSetupPages();
    m_buildPage = new BuildPage(m_controller, this);
    m_flashPage = new FlashPage(m_controller, this);
    m_runPage = new RunPage(m_controller, this);
    setPage(WizardStep::Build, m_buildPage);
    setPage(WizardStep::Flash, m_flashPage);
    setPage(WizardStep::Run, m_runPage);
}

bool MainWindow::goTo(WizardStep step)
{
    if (!m_controller->isReachable(step))
        return false;
    if (step >= WizardStep::Build)
        createPipelinePages();
    else if (step >= WizardStep::Target)
        createSetupPages();
    if (step == WizardStep::Options)
        m_optionsPage->initialize();
    m_current = step;
    m_pages->setCurrentIndex(int(step));
    {
        const QSignalBlocker blocker(m_stepList);
        m_stepList->setCurrentRow(int(step));
    }
    updateActions();
    return true;
}

void MainWindow::next()
{
    switch (m_current) {
    case WizardStep::Model:
    case WizardStep::Target:
        goTo(WizardStep(int(m_current) + 1));
        break;
    case WizardStep::Options:
        // Deploy: check the options inline first, then generate, build, flash and run.
        if (!m_optionsPage->validate())
            return;
        createPipelinePages();
        m_controller->deploy();
        goTo(WizardStep::Build);
        break;
    case WizardStep::Build:
    case WizardStep::Flash:
        goTo(WizardStep(int(m_current) + 1));
        break;
    case WizardStep::Run:
        break;
    }
}

void MainWindow::back()
{
    if (m_current != WizardStep::Model)
        goTo(WizardStep(int(m_current) - 1));
}

void MainWindow::onStatesChanged()
{
    updateStepList();
    updateActions();
}

void MainWindow::onStepFinished(Deploy::DeploymentStep step, const Result<void> &result)
{
    // Follow the pipeline: when the step on screen finishes, show the next one.
    const WizardStep page = step == Deploy::DeploymentStep::Build   ? WizardStep::Build
                            : step == Deploy::DeploymentStep::Flash ? WizardStep::Flash
                                                                    : WizardStep::Run;
    if (result && page != WizardStep::Run && m_current == page
        && m_controller->state(page) == StepState::Done)
        goTo(WizardStep(int(page) + 1));
}

void MainWindow::updateStepList()
{
    // Disabling items may move the list's current row; that is not the user choosing a step.
    const QSignalBlocker blocker(m_stepList);
    for (WizardStep step : allSteps) {
        const StepState state = m_controller->state(step);
        QListWidgetItem *item = m_stepList->item(int(step));
        const QString text = tr("%1. %2").arg(int(step) + 1).arg(wizardStepTitle(step));
        item->setText(state == StepState::Pending ? text
                                                  : tr("%1 (%2)").arg(text, stepStateName(state)));
        item->setIcon(stepIcon(step, state));
        item->setData(Qt::AccessibleTextRole,
                      tr("Step %1: %2, %3")
                          .arg(int(step) + 1)
                          .arg(wizardStepTitle(step), stepStateName(state)));
        const bool reachable = m_controller->isReachable(step);
        item->setFlags(reachable ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags);
    }
    m_stepList->setCurrentRow(int(m_current));
}

LogView *MainWindow::currentLogView() const
{
    switch (m_current) {
    case WizardStep::Build:
        return m_buildPage ? m_buildPage->logView() : nullptr;
    case WizardStep::Flash:
        return m_flashPage ? m_flashPage->logView() : nullptr;
    default:
        return m_buildPage ? m_buildPage->logView() : nullptr;
    }
}

void MainWindow::saveLog()
{
    if (LogView *log = currentLogView())
        log->saveAs();
}

void MainWindow::openWithDialog()
{
    QSettings settings;
    const QString dir = settings.value(QLatin1String(lastDirKey), QDir::homePath()).toString();
    auto *dialog = new QFileDialog(
        this,
        tr("Open Model Archive"),
        dir,
        tr("Model Library Format archives (*.tar *.tar.gz *.tgz *.tar.xz *.tar.zst);;"
           "Metadata of an extracted archive (metadata.json);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QSettings().setValue(QLatin1String(lastDirKey), QFileInfo(path).absolutePath());
        // Choosing metadata.json means "the extracted archive folder it sits in".
        openModel(QFileInfo(path).fileName() == QLatin1String("metadata.json")
                      ? QFileInfo(path).absolutePath()
                      : path);
    });
    dialog->open();
}

void MainWindow::openModel(const QString &path)
{
    goTo(WizardStep::Model);
    statusBar()->showMessage(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    m_controller->openModel(path);
}

void MainWindow::addRecentFile(const QString &path)
{
    RecentFiles::add(path);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = RecentFiles::list();
    int index = 0;
    for (const QString &file : files) {
        ++index;
        const QString label = index < 10 ? QStringLiteral("&%1 %2").arg(index).arg(file) : file;
        m_recentMenu->addAction(QDir::toNativeSeparators(label), this, [this, file] {
            openModel(file);
        });
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear Menu"), this, [this] {
            RecentFiles::clear();
            updateRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
    m_modelPage->setRecentFiles(files);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Written only when changed: a settings write syncs the disk, which costs every quit.
    QSettings settings;
    const QByteArray geometry = saveGeometry();
    if (settings.value(QLatin1String(geometryKey)).toByteArray() != geometry)
        settings.setValue(QLatin1String(geometryKey), geometry);
    const QByteArray state = saveState();
    if (settings.value(QLatin1String(stateKey)).toByteArray() != state)
        settings.setValue(QLatin1String(stateKey), state);
    m_controller->cancel();
    if (m_runPage)
        m_runPage->setContinuous(false);
    // The device the deployment left running (host runner, QEMU) goes with the window: stop
    // it first and close when it is gone (or after a grace period), never blocking.
    if (!m_closing && m_controller->hasRunningDevice()) {
        m_closing = true;
        event->ignore();
        statusBar()->showMessage(tr("Stopping the device…"));
        m_controller->stopDevice([this] { close(); });
        QTimer::singleShot(5000, this, &QWidget::close);
        return;
    }
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localPathOf(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = localPathOf(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    openModel(path);
}

} // namespace TinyDeploy::Gui
