#include "wizardcontroller.h"

#include <deploy/deployment.h>
#include <deploy/devicestopper.h>
#include <deploy/runagainplan.h>
#include <device/portdiscovery.h>
#include <device/protocol.h>
#include <mlf/modelloader.h>
#include <templates/templatecatalog.h>

#include <QCoreApplication>
#include <QFileInfo>

// The half of WizardController that drives deployments: starting one of the current choices or
// of a recorded project, cancel, retry, the runs between, and the device afterwards.

namespace TinyDeploy::Gui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TinyDeploy::Gui)
};
} // namespace

void WizardController::deploy()
{
    const Templates::TemplateInfo *info = templateInfo();
    if (!m_model || !info)
        return;
    m_pendingRun.reset();

    Deploy::DeploymentSettings settings;
    settings.modelPath = m_model->path;
    settings.templateDir = info->path();
    settings.templateName = info->name();
    settings.optionValues = m_optionValues;
    // Only a physical board has a port to choose; an emulated board or a template without
    // boards (the host runner) names its port in the flash result.
    const Templates::BoardInfo *chosen = board();
    if (chosen && !chosen->emulated)
        settings.serialPort = m_serialPort;
    if (chosen && chosen->defaultBaudRate > 0)
        settings.baudRate = chosen->defaultBaudRate;
    settings.standaloneCrtDir = m_crtDir;
    startDeployment(settings);
}

void WizardController::startDeployment(const Deploy::DeploymentSettings &chosen)
{
    resetDeployment();
    Deploy::DeploymentSettings settings = chosen;
    settings.recordsRoot = m_recordsRoot;
    settings.runs = 1;
    // Run Once and Run Continuously run on this connection: opening the port again would
    // reset many boards (DTR) and make a new record each time.
    settings.keepDeviceOpen = true;

    m_deployment = new Deploy::Deployment(this);
    m_deployment->setSettings(settings);
    connectDeployment(m_deployment);
    const Result<void> started = m_deployment->start();
    if (!started)
        m_startError = started.error();
    // After the start, so that observers find the record's folder (and its first lines).
    emit deploymentChanged(m_deployment);
    emit statesChanged();
}

Result<QString> WizardController::runRecordAgain(const QString &projectDir,
                                                 const QString &serialNumber)
{
    if (isBusy()) {
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("A deployment is in progress."),
                    QString(),
                    Tr::tr("Wait for it to finish, or cancel it, then press Run Again."));
    }
    Result<Deploy::RunAgainPlan> plan = Deploy::planRunAgain(projectDir,
                                                             serialNumber,
                                                             m_portLister ? m_portLister()
                                                                          : Device::systemPorts());
    if (!plan)
        return std::unexpected(plan.error());
    const Deploy::ProjectState &project = plan->project;
    if (!QFileInfo(project.modelPath).isFile()) {
        return fail(ErrorCode::NotFound,
                    Tr::tr("The model this project was made from no longer exists."),
                    project.modelPath,
                    Tr::tr("Put the model archive back, or open the model and deploy it again."));
    }
    // Only a catalog that has listed its templates can say one is gone (a window just opened
    // may not have asked yet).
    if (hasCatalog() && !m_catalog->isRunning() && !m_catalog->templates().isEmpty()
        && !m_catalog->find(project.templateName)) {
        return fail(ErrorCode::NotFound,
                    Tr::tr("The template %1 of this project is not installed any more.")
                        .arg(project.templateName),
                    project.templateDir,
                    Tr::tr("Install the template again (Settings > Template folders), or "
                           "deploy the model with another template."));
    }

    // What the pages show: the record's choices, as the user made them then.
    m_templateName = project.templateName;
    m_boardName = plan->board;
    m_serialPort = plan->settings.serialPort;
    m_optionValues = project.options;
    m_optionsAccepted = true;
    emit selectionChanged();

    m_pendingRun = plan->settings;
    ensureCatalog();
    const QString modelPath = QFileInfo(project.modelPath).absoluteFilePath();
    if (m_model && QFileInfo(m_model->path).absoluteFilePath() == modelPath)
        startPendingRun();
    else
        openModel(modelPath); // startPendingRun() follows once it is open
    emit statesChanged();
    return plan->note;
}

void WizardController::startPendingRun()
{
    if (!m_pendingRun || !m_model || !m_loadingPath.isEmpty() || !hasCatalog()
        || m_catalog->isRunning())
        return;
    const Deploy::DeploymentSettings settings = *m_pendingRun;
    m_pendingRun.reset();
    startDeployment(settings);
    emit recordRunStarted(settings.firstStep == Deploy::DeploymentStep::Flash ? WizardStep::Flash
                                                                              : WizardStep::Run);
}

void WizardController::connectDeployment(Deploy::Deployment *deployment)
{
    using Deploy::DeploymentStep;
    connect(deployment, &Deploy::Deployment::stepStarted, this, [this](DeploymentStep step) {
        emit stepStarted(wizardStepOf(step), Deploy::stepTitle(step));
        emit statesChanged();
    });
    connect(deployment, &Deploy::Deployment::stepFinished, this, &WizardController::statesChanged);
    connect(deployment,
            &Deploy::Deployment::progress,
            this,
            [this](DeploymentStep step, int percent) {
                emit progress(wizardStepOf(step), percent);
            });
    connect(deployment,
            &Deploy::Deployment::logLine,
            this,
            [this](DeploymentStep step,
                   const QDateTime &when,
                   const QString &text,
                   Deploy::LogStream stream) {
                emit logLine(wizardStepOf(step), when, text, stream);
            });
    connect(deployment,
            &Deploy::Deployment::deviceInfoReceived,
            this,
            &WizardController::deviceInfoReceived);
    connect(deployment,
            &Deploy::Deployment::runResultReady,
            this,
            &WizardController::runResultReady);
    connect(deployment,
            &Deploy::Deployment::finished,
            this,
            [this, deployment](Deploy::DeploymentState state) {
                const bool reachedRun = state == Deploy::DeploymentState::Finished;
                if (deployment->currentStep() >= DeploymentStep::Connect || reachedRun)
                    emit runFinished(reachedRun);
                emit statesChanged();
            });
}

void WizardController::cancel()
{
    if (m_deployment && m_deployment->isActive())
        m_deployment->cancel();
}

void WizardController::retry()
{
    if (!m_deployment)
        return;
    if (m_deployment->state() == Deploy::DeploymentState::Failed) {
        // Retrying a failed deployment cannot be refused; its state says how it goes.
        (void) m_deployment->retry();
        emit statesChanged();
    } else if (m_deployment->state() == Deploy::DeploymentState::Cancelled) {
        // Nothing to resume after a cancel: start over with the same choices.
        deploy();
    }
}

bool WizardController::isBusy() const
{
    return m_deployment && m_deployment->isActive();
}

bool WizardController::isRunning() const
{
    return m_deployment && m_deployment->isActive() && m_deployment->currentStep()
           && *m_deployment->currentStep() >= Deploy::DeploymentStep::Connect;
}

Result<void> WizardController::runAgain(const QList<Deploy::InputSet> &inputs, quint32 runs)
{
    if (!m_deployment || state(WizardStep::Flash) != StepState::Done)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("Flash the device before running the model."));
    if (isBusy())
        return fail(ErrorCode::InvalidArgument, Tr::tr("A run is still in progress."));
    runs = qBound<quint32>(1, runs, Device::Protocol::MaxRuns);
    Result<void> started = ok();
    if (m_deployment->state() == Deploy::DeploymentState::Failed
        && m_deployment->failedStep() == Deploy::DeploymentStep::Connect) {
        // The device never answered: connecting again is a retry of Connect, then these inputs.
        Deploy::DeploymentSettings settings = m_deployment->settings();
        settings.inputs = inputs;
        settings.runs = runs;
        m_deployment->setSettings(settings);
        started = m_deployment->retry();
    } else if (m_deployment->state() == Deploy::DeploymentState::Cancelled
               && m_deployment->currentStep() == Deploy::DeploymentStep::Connect) {
        started = fail(ErrorCode::InvalidArgument,
                       Tr::tr("Connecting to the device was cancelled before the model ran."),
                       QString(),
                       Tr::tr("Press Retry to deploy again."));
    } else {
        started = m_deployment->runAgain(inputs, runs);
    }
    if (!started) {
        // Refused: the deployment is as it was; the caller shows why.
        emit statesChanged();
        emit runFinished(false);
        return started;
    }
    emit statesChanged();
    return ok();
}

void WizardController::stopDevice(std::function<void()> done)
{
    const QString projectDir = m_deployment ? m_deployment->projectDir() : QString();
    // The port first: the device going away under an open port would read as a failure.
    closeDevice();
    if (projectDir.isEmpty()) {
        if (done)
            QMetaObject::invokeMethod(this, std::move(done), Qt::QueuedConnection);
        return;
    }
    Deploy::stopProjectDevice(projectDir, this, [done = std::move(done)](Result<void>) {
        if (done)
            done();
    });
}

bool WizardController::hasRunningDevice() const
{
    return m_deployment && !m_deployment->projectDir().isEmpty()
           && Deploy::projectHasDeviceRecord(m_deployment->projectDir());
}

void WizardController::closeDevice()
{
    if (m_deployment)
        m_deployment->closeDevice();
}

void WizardController::resetDeployment()
{
    if (m_deployment) {
        m_deployment->cancel();
        m_deployment->closeDevice();
        const QString projectDir = m_deployment->projectDir();
        if (!projectDir.isEmpty() && Deploy::projectHasDeviceRecord(projectDir))
            Deploy::stopProjectDevice(projectDir, this, [](Result<void>) {});
        m_deployment->deleteLater();
        m_deployment = nullptr;
        emit deploymentChanged(nullptr);
    }
    m_startError.reset();
}

} // namespace TinyDeploy::Gui
