#include "kioskcontroller.h"
#include "kioskerrors.h"

#include <runcoalescer.h>

#include <deploy/boardcheck.h>
#include <deploy/deployment.h>
#include <deploy/devicestopper.h>
#include <deploy/samplekit.h>

#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaObject>
#include <QTimer>

namespace TinyDeploy::Gui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TinyDeploy::Gui::KioskWindow)
};
// How often the ports are listed while a physical board is configured.
constexpr int BoardPollMs = 1000;
} // namespace

KioskController::KioskController(QObject *parent)
    : QObject(parent)
    , m_ports(Device::systemPorts)
    , m_boardTimer(new QTimer(this))
{
    m_locator.setUserFolders(Templates::UserTemplateFolders().folders());
    m_boardTimer->setInterval(BoardPollMs);
    connect(m_boardTimer, &QTimer::timeout, this, &KioskController::pollBoard);
    m_coalescer = new RunCoalescer(
        [this](const Deploy::InputSet &input) -> Result<void> {
            if (!m_deployment)
                return fail(ErrorCode::InvalidArgument, Tr::tr("Press Deploy first."));
            return m_deployment->runAgain({input}, 1);
        },
        [this] { return m_deployment && m_deployment->isActive(); },
        this);
    connect(m_coalescer, &RunCoalescer::startFailed, this, [this](const Error &error) {
        setFailed(error, Deploy::DeploymentStep::Run);
    });
}

KioskController::~KioskController() = default;

void KioskController::setTemplateLocator(const Templates::TemplateLocator &locator)
{
    m_locator = locator;
}

void KioskController::setPortLister(Device::PortLister lister)
{
    m_ports = std::move(lister);
}

Result<void> KioskController::load(const QString &path)
{
    Result<Deploy::KioskConfig> config = Deploy::loadKioskConfig(path);
    if (!config) {
        m_config = Deploy::KioskConfig{};
        m_config.filePath = path;
        m_config.title = QStringLiteral("TinyDeploy");
        setFailed(config.error(), std::nullopt, Phase::NoConfiguration);
        return fail(config.error());
    }
    return setConfig(*config);
}

Result<void> KioskController::setConfig(const Deploy::KioskConfig &config)
{
    m_config = config;
    m_templateDir.clear();
    m_board.reset();
    m_error.reset();
    m_errorText.clear();
    if (!config.isPackage()) {
        Result<QString> dir = Deploy::kioskTemplateDir(config, m_locator);
        if (!dir) {
            setFailed(dir.error(), std::nullopt, Phase::NoConfiguration);
            return fail(dir.error());
        }
        m_templateDir = *dir;
        QJsonObject options;
        if (!config.board.isEmpty())
            options.insert(QStringLiteral("board"), config.board);
        Result<std::optional<Templates::BoardInfo>> board = Deploy::targetBoard(m_templateDir,
                                                                                options);
        if (!board) {
            setFailed(board.error(), std::nullopt, Phase::NoConfiguration);
            return fail(board.error());
        }
        m_board = *board;
    }
    setPhase(Phase::WaitingForBoard);
    pollBoard();
    if (m_board && !m_board->emulated)
        m_boardTimer->start();
    else
        m_boardTimer->stop();
    return ok();
}

bool KioskController::canDeploy() const
{
    return m_boardReady
           && (m_phase == Phase::Ready || m_phase == Phase::Done || m_phase == Phase::Failed);
}

void KioskController::pollBoard()
{
    bool ready = true;
    QString text;
    if (m_config.isPackage()) {
        text = Tr::tr("Plug in the board the package is for.");
    } else if (!m_board) {
        text = Tr::tr("This computer runs the model itself: no board to plug in.");
    } else if (m_board->emulated) {
        text = Tr::tr("Emulated board (%1): always ready.").arg(m_board->displayName);
    } else {
        const QList<Device::PortInfo> ports = Device::matchingPorts(m_ports(), *m_board);
        if (ports.isEmpty()) {
            ready = false;
            text = Tr::tr("Plug in a board: %1.").arg(m_board->displayName);
        } else if (ports.size() > 1) {
            ready = false;
            text = Tr::tr("%n boards are plugged in: unplug all but one.",
                          nullptr,
                          int(ports.size()));
        } else {
            text = Tr::tr("Board ready: %1 on %2.")
                       .arg(m_board->displayName, ports.constFirst().portName);
        }
    }
    const bool changed = ready != m_boardReady || text != m_boardText;
    m_boardReady = ready;
    m_boardText = text;
    if (m_phase == Phase::WaitingForBoard && ready)
        setPhase(Phase::Ready);
    else if (m_phase == Phase::Ready && !ready)
        setPhase(Phase::WaitingForBoard);
    if (changed)
        emit boardChanged();
}

void KioskController::deploy()
{
    if (!canDeploy())
        return;
    retireDeployment();
    m_result.reset();
    m_error.reset();
    m_errorText.clear();
    m_stepText.clear();
    m_percent = 0;
    emit resultChanged();
    emit progressChanged();

    Deploy::DeploymentSettings settings = Deploy::kioskSettings(m_config, m_templateDir);
    settings.recordsRoot = m_recordsRoot;
    if (m_board && m_board->defaultBaudRate > 0)
        settings.baudRate = m_board->defaultBaudRate;
    m_deployment = new Deploy::Deployment(this);
    m_deployment->setSettings(settings);
    connectDeployment(m_deployment);
    setPhase(Phase::Deploying);
    const Result<void> started = m_deployment->start();
    if (!started)
        setFailed(started.error(), std::nullopt);
}

void KioskController::connectDeployment(Deploy::Deployment *deployment)
{
    using Deploy::DeploymentStep;
    connect(deployment, &Deploy::Deployment::stepStarted, this, [this](DeploymentStep step) {
        if (m_phase == Phase::Deploying)
            updateProgress(step, 0);
    });
    connect(deployment,
            &Deploy::Deployment::progress,
            this,
            [this](DeploymentStep step, int percent) {
                if (m_phase == Phase::Deploying)
                    updateProgress(step, percent);
            });
    connect(deployment, &Deploy::Deployment::deviceInfoReceived, this, [this] {
        emit resultChanged();
    });
    connect(deployment,
            &Deploy::Deployment::runResultReady,
            this,
            [this](const Deploy::RunResult &result) {
                m_result = result;
                emit resultChanged();
            });
    connect(deployment,
            &Deploy::Deployment::finished,
            this,
            [this, deployment](Deploy::DeploymentState state) {
                if (state == Deploy::DeploymentState::Finished) {
                    m_percent = 100;
                    emit progressChanged();
                    setPhase(Phase::Done);
                } else {
                    const Error error = deployment->error().value_or(
                        makeError(ErrorCode::Cancelled, Tr::tr("The deployment was cancelled.")));
                    setFailed(error,
                              deployment->failedStep() ? deployment->failedStep()
                                                       : deployment->currentStep());
                }
                m_coalescer->runFinished();
            });
}

void KioskController::updateProgress(Deploy::DeploymentStep step, int stepPercent)
{
    const int first = int(m_deployment ? m_deployment->settings().firstStep
                                       : Deploy::DeploymentStep::Generate);
    const int count = int(Deploy::DeploymentStep::Run) - first + 1;
    const int index = std::clamp(int(step) - first, 0, count - 1);
    m_stepText = Deploy::stepTitle(step);
    m_percent = (index * 100 + std::clamp(stepPercent, 0, 100)) / count;
    emit progressChanged();
}

void KioskController::retireDeployment()
{
    m_coalescer->clearPending();
    Deploy::Deployment *old = m_deployment;
    m_deployment = nullptr;
    if (!old)
        return;
    disconnect(old, nullptr, this, nullptr);
    if (old->isActive())
        old->cancel();
    old->closeDevice();
    const QString projectDir = old->projectDir();
    if (!projectDir.isEmpty() && Deploy::projectHasDeviceRecord(projectDir)) {
        // The stopper belongs to the old deployment, which goes once the device is gone.
        Deploy::stopProjectDevice(projectDir, old, [old](Result<void>) { old->deleteLater(); });
    } else {
        old->deleteLater();
    }
}

void KioskController::shutdown(std::function<void()> done)
{
    m_boardTimer->stop();
    m_coalescer->clearPending();
    const QString projectDir = m_deployment ? m_deployment->projectDir() : QString();
    if (m_deployment) {
        if (m_deployment->isActive())
            m_deployment->cancel();
        m_deployment->closeDevice();
    }
    if (!projectDir.isEmpty() && Deploy::projectHasDeviceRecord(projectDir)) {
        Deploy::stopProjectDevice(projectDir, this, [done = std::move(done)](Result<void>) {
            if (done)
                done();
        });
        return;
    }
    if (done)
        QMetaObject::invokeMethod(this, std::move(done), Qt::QueuedConnection);
}

QStringList KioskController::labels() const
{
    return m_deployment ? m_deployment->sampleKit().labels() : QStringList();
}

bool KioskController::canDraw() const
{
    if (!m_deployment)
        return false;
    const std::optional<Device::DeviceHello> hello = m_deployment->deviceInfo();
    return hello && isDrawableInput(*hello);
}

void KioskController::runDrawing(const QList<Stroke> &strokes)
{
    if (m_phase != Phase::Done || !m_deployment || strokes.isEmpty())
        return;
    const std::optional<Device::DeviceHello> hello = m_deployment->deviceInfo();
    if (!hello)
        return;
    Result<Deploy::InputSet> input = drawingInput(strokes,
                                                  *hello,
                                                  m_deployment->sampleKit().inputQuant());
    if (!input) {
        setFailed(input.error(), Deploy::DeploymentStep::Run);
        return;
    }
    m_coalescer->submit(*input);
}

void KioskController::setPhase(Phase phase)
{
    if (phase == m_phase)
        return;
    m_phase = phase;
    emit phaseChanged(phase);
}

void KioskController::setFailed(const Error &error,
                                std::optional<Deploy::DeploymentStep> step,
                                Phase phase)
{
    m_error = error;
    m_errorText = kioskErrorText(error, step);
    setPhase(phase);
    emit resultChanged();
}

} // namespace TinyDeploy::Gui
