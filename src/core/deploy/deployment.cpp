#include "deployment.h"
#include "deploylogging.h"
#include "deploymentsettings.h"
#include "deploytr.h"
#include "progressparser.h"

#include <package/recipeflasher.h>

#include <device/devicesession.h>
#include <device/seriallink.h>
#include <projectapi/methods.h>

#include <QFileInfo>
#include <QTimer>

namespace TinyDeploy::Deploy {

Deployment::Deployment(QObject *parent)
    : QObject(parent)
    , m_writer(new RecordWriter(&m_record, &m_settings, &m_facts, &m_results, this))
    , m_server(new ProjectServer(this))
    , m_staging(new StagingJob(this))
    , m_flasher(new Package::RecipeFlasher(this))
{
    for (int i = 0; i < StepCount; ++i) {
        StepRecord record;
        record.step = DeploymentStep(i);
        m_facts.steps.append(record);
    }
    connect(m_writer, &RecordWriter::writeFailed, this, [this](const Error &error) {
        emit warning(error.oneLine());
    });
    connect(m_staging, &StagingJob::finished, this, &Deployment::onStagingDone);
    connect(m_server, &ProjectServer::logLine, this, [this](const ProjectApi::LogLine &line) {
        const DeploymentStep step = m_step.value_or(DeploymentStep::Generate);
        log(step,
            line.timestamp,
            line.text,
            line.stream == ProjectApi::LogLine::Stream::Stderr ? LogStream::Stderr
                                                               : LogStream::Stdout);
        if (step == DeploymentStep::Build || step == DeploymentStep::Flash) {
            const std::optional<int> percent = parseProgressPercent(line.text);
            if (percent && *percent != m_lastPercent) {
                m_lastPercent = *percent;
                emit progress(step, *percent);
            }
        }
    });
    connectPackageFlasher();
    connect(m_server, &ProjectServer::stopped, this, [this] {
        maybeFinishCancel();
        if (!m_server->isRunning())
            emit serversStopped();
    });
}

Deployment::~Deployment()
{
    ++m_request;
    // The staging job's destructor cancels and waits; the server's kills what still runs.
    disconnect(m_staging, nullptr, this, nullptr);
    disconnect(m_server, nullptr, this, nullptr);
    disconnect(m_flasher, nullptr, this, nullptr);
    releaseDevice();
    m_writer->flush();
}

void Deployment::setSettings(const DeploymentSettings &settings)
{
    m_settings = settings;
}

void Deployment::setLinkFactory(LinkFactory factory)
{
    m_linkFactory = std::move(factory);
}

void Deployment::setRunnerFactory(RunnerFactory factory)
{
    m_runnerFactory = std::move(factory);
}

std::optional<Device::RunProtocol> Deployment::runProtocol() const
{
    if (!m_facts.runChoice)
        return std::nullopt;
    return m_facts.runChoice->protocol;
}

QString Deployment::runDescription() const
{
    return m_facts.runChoice ? describeRun(*m_facts.runChoice, m_facts.serialPort) : QString();
}

void Deployment::setServerEnvironment(const QProcessEnvironment &environment)
{
    m_server->setProcessEnvironment(environment);
}

void Deployment::setDeviceTimeouts(std::chrono::milliseconds timeout,
                                   std::chrono::milliseconds runTimeout)
{
    m_deviceTimeout = timeout;
    m_runTimeout = runTimeout;
}

void Deployment::setResultLimits(qsizetype maxResults, qint64 maxBytes)
{
    m_results.setLimits(maxResults, maxBytes);
}

bool Deployment::isDeviceOpen() const
{
    return m_runner && m_runner->isOpen();
}

bool Deployment::hasRunningServer() const
{
    return m_server->isRunning();
}

bool Deployment::isActive() const
{
    switch (m_facts.state) {
    case DeploymentState::Idle:
    case DeploymentState::Finished:
    case DeploymentState::Failed:
    case DeploymentState::Cancelled:
        return false;
    default:
        return true;
    }
}

Result<void> Deployment::start()
{
    if (m_facts.state != DeploymentState::Idle) {
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("This deployment has already been started."),
                    QStringLiteral("Deployment::start"));
    }
    if (Result<void> checked = prepareSettings(m_settings, &m_optionsRemembered); !checked)
        return checked;
    // An input file that is not a tensor at all is refused before anything is created (its
    // shape and type are checked against the model once it is staged).
    if (m_settings.inputs.isEmpty() && !m_settings.inputFiles.isEmpty()) {
        if (Result<QList<InputSet>> inputs = loadInputFiles(m_settings.inputFiles, 1); !inputs)
            return fail(inputs.error());
    }

    m_facts.created = QDateTime::currentDateTimeUtc();
    const QString root = m_settings.recordsRoot.isEmpty() ? DeploymentRecord::defaultRoot()
                                                          : m_settings.recordsRoot;
    const QString modelName = !m_settings.packagePath.isEmpty()
                                  ? QFileInfo(m_settings.packagePath).completeBaseName()
                              : !m_settings.modelPath.isEmpty()
                                  ? modelStem(m_settings.modelPath)
                                  : QFileInfo(m_settings.projectDir).fileName();
    if (Result<void> created = m_record.create(root, modelName, m_facts.created); !created)
        return created;
    m_facts.projectDir = !m_settings.packagePath.isEmpty()
                             ? m_record.folder() + QStringLiteral("/package")
                         : m_settings.projectDir.isEmpty()
                             ? m_record.folder() + QStringLiteral("/project")
                             : m_settings.projectDir;
    if (!m_settings.modelPath.isEmpty())
        m_kit = SampleKit::find(m_settings.modelPath);
    m_facts.bundledSample = m_kit.hasSamples();
    if (m_settings.templateName.isEmpty() && !m_settings.templateDir.isEmpty())
        m_settings.templateName = QFileInfo(m_settings.templateDir).fileName();
    if (!m_settings.serialPort.isEmpty())
        m_facts.serialPort = m_settings.serialPort;
    for (int i = 0; i < int(m_settings.firstStep); ++i)
        m_facts.steps[i].done = true; // skipped: the project was made earlier
    m_writer->writeDeployment();
    if (m_kit.quantError())
        warn(m_kit.quantError()->oneLine());
    beginStep(m_settings.firstStep);
    return ok();
}

void Deployment::cancel()
{
    if (!isActive()) {
        // Nothing runs; what is left to stop is a connection kept open for runAgain().
        releaseDevice();
        m_writer->flush();
        return;
    }
    if (cancelling())
        return;
    ++m_request; // callbacks of what is being stopped are ignored from here on
    setState(DeploymentState::Cancelling);
    logInfo(Tr::tr("Cancelling."));
    m_staging->cancel();
    m_flasher->cancel();
    if (m_runner)
        m_runner->cancel();
    m_server->cancel();
    maybeFinishCancel();
}

Result<void> Deployment::runAgain(const QList<InputSet> &inputs, quint32 runs)
{
    if (isActive()) {
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("The deployment is still busy; the model can run again once it has "
                           "finished."),
                    QStringLiteral("Deployment::runAgain"),
                    Tr::tr("Wait for the current step to end, or cancel it."));
    }
    const bool runStepEnded = m_step == DeploymentStep::Run
                              && (m_facts.state == DeploymentState::Finished
                                  || m_facts.state == DeploymentState::Failed
                                  || m_facts.state == DeploymentState::Cancelled);
    if (!runStepEnded || !m_facts.device) {
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("The model can run again only after the deployment has reached its "
                           "Run step."),
                    QStringLiteral("Deployment::runAgain"),
                    Tr::tr("Deploy the model first, or retry the step that failed."));
    }
    if (runs < 1 || runs > Device::Protocol::MaxRuns)
        return std::unexpected<Error>(runsError(runs));
    ++m_request;
    m_settings.inputs = inputs;
    m_settings.runs = runs;
    m_failedStep.reset();
    m_facts.error.reset();
    ++m_facts.round;
    // A new round, not a retry: its attempts count from 1 again.
    m_facts.steps[int(DeploymentStep::Run)].attempt = 0;
    logInfo(Tr::tr("Running the model again (round %1).").arg(m_facts.round));
    beginStep(DeploymentStep::Run);
    return ok();
}

void Deployment::closeDevice()
{
    if (isActive() && m_step >= DeploymentStep::Connect) {
        cancel(); // Cancelled follows and closes the device
        return;
    }
    releaseDevice();
    m_writer->flush();
}

Result<void> Deployment::retry()
{
    if (m_facts.state != DeploymentState::Failed || !m_failedStep) {
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("Only a failed deployment can be retried."),
                    QStringLiteral("Deployment::retry"));
    }
    ++m_request;
    const DeploymentStep step = *m_failedStep;
    m_failedStep.reset();
    m_facts.error.reset();
    beginStep(step);
    return ok();
}

void Deployment::setState(DeploymentState state)
{
    if (m_facts.state == state)
        return;
    m_facts.state = state;
    qCDebug(lcDeploy) << "state" << stateName(state);
    emit stateChanged(state);
}

void Deployment::beginStep(DeploymentStep step)
{
    m_step = step;
    StepRecord &record = m_facts.steps[int(step)];
    record.attempt += 1;
    record.started = QDateTime::currentDateTimeUtc();
    record.finished = {};
    record.done = false;
    record.error.reset();
    record.wallMs = 0;
    record.serverMs = 0;
    m_server->resetServerTime();
    m_lastPercent = -1;
    m_stepTimer.start();
    setState(step == DeploymentStep::Generate ? DeploymentState::Staging : stateOfStep(step));
    if (record.attempt > 1)
        logInfo(Tr::tr("Attempt %1 of this step.").arg(record.attempt));
    logInfo(Tr::tr("%1 started.").arg(stepTitle(step)));
    if (step == DeploymentStep::Run && m_settings.keepDeviceOpen)
        m_writer->deploymentLater(); // continuous runs start a round many times a second
    else
        m_writer->writeDeployment();
    emit stepStarted(step);
    emit progress(step, -1);

    switch (step) {
    case DeploymentStep::Generate:
        startStaging();
        break;
    case DeploymentStep::Build:
        startBuild();
        break;
    case DeploymentStep::Flash:
        startFlash();
        break;
    case DeploymentStep::Connect:
        startConnect();
        break;
    case DeploymentStep::Run: {
        // From the event loop, so that runAgain() and retry() return before the run can end:
        // a port that does not open again fails the step at once.
        const quint64 request = m_request;
        QTimer::singleShot(0, this, [this, request] {
            if (request == m_request && m_facts.state == DeploymentState::Running)
                startRun();
        });
        break;
    }
    }
}

void Deployment::finishStep(Result<void> result)
{
    if (!m_step || !isActive() || cancelling())
        return;
    const DeploymentStep step = *m_step;
    StepRecord &record = m_facts.steps[int(step)];
    record.finished = QDateTime::currentDateTimeUtc();
    record.wallMs = m_stepTimer.elapsed();
    record.serverMs = m_server->serverMs();
    if (!result) {
        Error error = result.error();
        if (error.code == ErrorCode::Cancelled) {
            // The server or device gave up on its own (not our cancel()): still a failure.
            error.hint = error.hint.isEmpty() ? Tr::tr("Retry the step.") : error.hint;
        }
        record.error = error;
        m_facts.error = error;
        m_failedStep = step;
        log(step,
            record.finished,
            Tr::tr("%1 failed: %2").arg(stepTitle(step), error.oneLine()),
            LogStream::Info);
        if (!error.details.isEmpty())
            log(step, record.finished, error.details, LogStream::Info);
        releaseDevice();
        m_server->retire();
        endDeployment(DeploymentState::Failed);
        emit stepFinished(step, result);
        emit stateChanged(m_facts.state);
        emit finished(m_facts.state);
        return;
    }
    record.done = true;
    log(step,
        record.finished,
        Tr::tr("%1 finished in %2 s.").arg(stepTitle(step)).arg(record.wallMs / 1000.0, 0, 'f', 1),
        LogStream::Info);
    emit progress(step, 100);
    if (step >= m_settings.lastStep) {
        if ((step == DeploymentStep::Run || step == DeploymentStep::Connect)
            && m_settings.keepDeviceOpen) {
            // The next round may follow at once (continuous runs): the record catches up soon.
            m_facts.state = DeploymentState::Finished;
            m_writer->deploymentLater();
            m_record.closeLogs();
        } else {
            releaseDevice();
            m_server->retire();
            endDeployment(DeploymentState::Finished);
        }
        emit stepFinished(step, result);
        emit stateChanged(m_facts.state);
        emit finished(m_facts.state);
        return;
    }
    m_writer->writeDeployment();
    emit stepFinished(step, result);
    // A slot connected to stepFinished may have cancelled the deployment.
    if (m_facts.state == stateOfStep(step) || m_facts.state == DeploymentState::Staging)
        beginStep(DeploymentStep(int(step) + 1));
}

void Deployment::endDeployment(DeploymentState state)
{
    m_facts.state = state; // before the record, which names the state
    m_writer->writeDeployment();
    m_writer->flush();
    m_record.closeLogs();
}

void Deployment::maybeFinishCancel()
{
    if (!cancelling() || m_staging->isRunning() || m_server->isRunning() || m_flasher->isRunning())
        return; // onStagingDone() or the server's stopped() come back here
    enterCancelled();
}

void Deployment::enterCancelled()
{
    const DeploymentStep step = m_step.value_or(m_settings.firstStep);
    StepRecord &record = m_facts.steps[int(step)];
    record.finished = QDateTime::currentDateTimeUtc();
    record.wallMs = m_stepTimer.elapsed();
    record.serverMs = m_server->serverMs();
    const Error error
        = makeError(ErrorCode::Cancelled,
                    Tr::tr("The deployment was cancelled during \"%1\".").arg(stepTitle(step)),
                    stepName(step));
    record.error = error;
    m_facts.error = error;
    releaseDevice();
    m_server->retire();
    log(step, record.finished, error.message, LogStream::Info);
    endDeployment(DeploymentState::Cancelled);
    emit stepFinished(step, std::unexpected<Error>(error));
    emit stateChanged(m_facts.state);
    emit finished(m_facts.state);
}

void Deployment::logInfo(const QString &text)
{
    log(m_step.value_or(m_settings.firstStep),
        QDateTime::currentDateTimeUtc(),
        text,
        LogStream::Info);
}

void Deployment::log(DeploymentStep step,
                     const QDateTime &when,
                     const QString &text,
                     LogStream stream)
{
    if (Result<void> written = m_record.appendLog(step, when, stream, text); !written)
        qCWarning(lcDeploy).noquote() << written.error().oneLine();
    emit logLine(step, when, text, stream);
}

void Deployment::warn(const QString &text)
{
    logInfo(Tr::tr("Warning: %1").arg(text));
    emit warning(text);
}

} // namespace TinyDeploy::Deploy
