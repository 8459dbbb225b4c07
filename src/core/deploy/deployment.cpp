#include "deployment.h"
#include "deploylogging.h"
#include "deploytr.h"
#include "devicestopper.h"
#include "modelstaging.h"
#include "progressparser.h"
#include "samplekit.h"

#include <device/devicesession.h>
#include <device/serialportlink.h>
#include <projectapi/methods.h>
#include <projectapi/optionvalues.h>
#include <projectapi/projectapiclient.h>
#include <templates/templatecatalog.h>
#include <tensor/npy.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>
#include <QTimer>

namespace TinyDeploy::Deploy {

namespace {

constexpr int recordFormatVersion = 1;
// Tool versions a template reports: at most this many, each name and text cut to this length.
constexpr qsizetype maxRecordedTools = 16;
constexpr qsizetype maxToolTextLength = 200;
// Results arrive as fast as the device answers (many per second in a continuous run):
// results.json is rewritten at most this often, so a kill loses at most this much.
constexpr int recordSaveIntervalMs = 1000;
// Floats from the device must match the expected outputs within 1e-5 relative; the small
// absolute term covers values that are zero in one and denormal-small in the other.
constexpr Tensor::Tolerance floatTolerance{1e-7, 1e-5};

Result<QString> sha256Of(const QString &path)
{
    QFile file(path);
    if (QFileInfo(path).isDir())
        return QString();
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::Io,
                    Tr::tr("Cannot read the model archive."),
                    path,
                    Tr::tr("Check that the file exists and is readable."),
                    file.errorString());
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file)) {
        return fail(ErrorCode::Io,
                    Tr::tr("Cannot read the model archive."),
                    path,
                    QString(),
                    file.errorString());
    }
    return QString::fromLatin1(hash.result().toHex());
}

QString canonical(const QString &path)
{
    const QString resolved = QFileInfo(path).canonicalFilePath();
    return resolved.isEmpty() ? QFileInfo(path).absoluteFilePath() : resolved;
}

Result<Tensor::DType> dtypeOf(const Device::TensorInfo &info)
{
    return Tensor::DType::parse(info.dtype());
}

// The device's shape, or a flat one when the device does not know it.
QList<qint64> shapeOf(const Device::TensorInfo &info, const Tensor::DType &dtype)
{
    QList<qint64> shape;
    for (const qint32 dim : info.shape)
        shape.append(dim);
    if (shape.isEmpty() && dtype.elementBytes() > 0)
        shape.append(qint64(info.bytes) / dtype.elementBytes());
    return shape;
}

// What a kept result holds in memory, roughly: its tensors and its latencies.
qint64 resultBytes(const RunResult &result)
{
    qint64 bytes = qint64(result.latencies.size()) * qint64(sizeof(Device::RunLatency));
    for (const QList<Tensor::Tensor> *tensors :
         {&result.input.tensors, &result.outputs, &result.expected}) {
        for (const Tensor::Tensor &tensor : *tensors)
            bytes += tensor.byteSize();
    }
    return bytes;
}

} // namespace

Deployment::Deployment(QObject *parent)
    : QObject(parent)
    , m_saveTimer(new QTimer(this))
{
    for (int i = 0; i < StepCount; ++i) {
        StepRecord record;
        record.step = DeploymentStep(i);
        m_steps.append(record);
    }
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(recordSaveIntervalMs);
    connect(m_saveTimer, &QTimer::timeout, this, &Deployment::flushRecord);
}

Deployment::~Deployment()
{
    ++m_request;
    if (m_stageThread) {
        // The staging function polls the flag between archive members, so this is short.
        m_stageCancel = true;
        m_stageThread->wait();
    }
    releaseDevice();
    flushRecord();
    // Deleting a client kills its server's process group (ProjectApiClient's destructor).
    delete m_client.data();
    for (const QPointer<ProjectApi::ProjectApiClient> &client : std::as_const(m_retiring))
        delete client.data();
}

void Deployment::setSettings(const DeploymentSettings &settings)
{
    m_settings = settings;
}

void Deployment::setLinkFactory(LinkFactory factory)
{
    m_linkFactory = std::move(factory);
}

void Deployment::setServerEnvironment(const QProcessEnvironment &environment)
{
    m_environment = environment;
    m_environmentSet = true;
}

void Deployment::setDeviceTimeouts(std::chrono::milliseconds timeout,
                                   std::chrono::milliseconds runTimeout)
{
    m_deviceTimeout = timeout;
    m_runTimeout = runTimeout;
}

void Deployment::setResultLimits(qsizetype maxResults, qint64 maxBytes)
{
    m_maxResults = std::max<qsizetype>(1, maxResults);
    m_maxResultBytes = std::max<qint64>(0, maxBytes);
}

bool Deployment::isDeviceOpen() const
{
    return m_link && m_link->isOpen();
}

bool Deployment::isActive() const
{
    switch (m_state) {
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
    if (m_state != DeploymentState::Idle) {
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("This deployment has already been started."),
                    QStringLiteral("Deployment::start"));
    }
    const bool full = m_settings.firstStep == DeploymentStep::Generate;
    if (m_settings.firstStep != DeploymentStep::Generate
        && m_settings.firstStep != DeploymentStep::Connect) {
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("A deployment starts with generate or, for a flashed project, with "
                           "connect."),
                    QStringLiteral("Deployment::start"));
    }
    if (m_settings.runs < 1 || m_settings.runs > Device::Protocol::MaxRuns) {
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("The number of runs must be 1 to %1, not %2.")
                        .arg(Device::Protocol::MaxRuns)
                        .arg(m_settings.runs),
                    QStringLiteral("runs"));
    }
    if (!m_settings.modelPath.isEmpty())
        m_settings.modelPath = QFileInfo(m_settings.modelPath).absoluteFilePath();
    if (full) {
        if (m_settings.modelPath.isEmpty() || !QFileInfo(m_settings.modelPath).isReadable()) {
            return fail(ErrorCode::NotFound,
                        Tr::tr("The model archive does not exist or cannot be read."),
                        m_settings.modelPath,
                        Tr::tr("Give the path of a Model Library Format archive (.tar)."));
        }
        if (!QFileInfo(m_settings.templateDir).isDir()) {
            return fail(ErrorCode::NotFound,
                        Tr::tr("The template folder does not exist."),
                        m_settings.templateDir,
                        Tr::tr("Choose one of the installed templates."));
        }
        m_settings.templateDir = QFileInfo(m_settings.templateDir).absoluteFilePath();
        if (!m_settings.projectDir.isEmpty()) {
            m_settings.projectDir = QFileInfo(m_settings.projectDir).absoluteFilePath();
            if (QFileInfo::exists(m_settings.projectDir)) {
                return fail(ErrorCode::InvalidArgument,
                            Tr::tr("The project folder already exists."),
                            m_settings.projectDir,
                            Tr::tr("Choose a new folder, or delete this one."));
            }
        }
    } else {
        m_settings.projectDir = QFileInfo(m_settings.projectDir).absoluteFilePath();
        if (m_settings.projectDir.isEmpty() || !QFileInfo(m_settings.projectDir).isDir()) {
            return fail(ErrorCode::NotFound,
                        Tr::tr("The project folder does not exist."),
                        m_settings.projectDir,
                        Tr::tr("Give the folder of a generated and flashed project."));
        }
    }

    m_created = QDateTime::currentDateTimeUtc();
    const QString root = m_settings.recordsRoot.isEmpty() ? DeploymentRecord::defaultRoot()
                                                          : m_settings.recordsRoot;
    const QString modelName = !m_settings.modelPath.isEmpty()
                                  ? modelStem(m_settings.modelPath)
                                  : QFileInfo(m_settings.projectDir).fileName();
    if (Result<void> created = m_record.create(root, modelName, m_created); !created)
        return created;
    m_projectDir = m_settings.projectDir.isEmpty() ? m_record.folder() + QStringLiteral("/project")
                                                   : m_settings.projectDir;
    if (!m_settings.modelPath.isEmpty())
        m_kit = SampleKit::find(m_settings.modelPath);
    if (m_settings.templateName.isEmpty() && !m_settings.templateDir.isEmpty())
        m_settings.templateName = QFileInfo(m_settings.templateDir).fileName();
    if (!m_settings.serialPort.isEmpty())
        m_port = m_settings.serialPort;
    for (int i = 0; i < int(m_settings.firstStep); ++i)
        m_steps[i].done = true; // skipped: the project was made earlier
    writeRecord();
    beginStep(m_settings.firstStep);
    return ok();
}

void Deployment::cancel()
{
    if (!isActive()) {
        // Nothing runs; what is left to stop is a connection kept open for runAgain().
        releaseDevice();
        flushRecord();
        return;
    }
    if (m_state == DeploymentState::Cancelling)
        return;
    ++m_request; // callbacks of what is being stopped are ignored from here on
    setState(DeploymentState::Cancelling);
    info(Tr::tr("Cancelling."));
    m_stageCancel = true;
    if (m_session)
        m_session->cancel();
    if (m_client)
        m_client->cancel();
    for (const QPointer<ProjectApi::ProjectApiClient> &client : std::as_const(m_retiring)) {
        if (client)
            client->cancel();
    }
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
                              && (m_state == DeploymentState::Finished
                                  || m_state == DeploymentState::Failed
                                  || m_state == DeploymentState::Cancelled);
    if (!runStepEnded || !m_device) {
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("The model can run again only after the deployment has reached its "
                           "Run step."),
                    QStringLiteral("Deployment::runAgain"),
                    Tr::tr("Deploy the model first, or retry the step that failed."));
    }
    if (runs < 1 || runs > Device::Protocol::MaxRuns) {
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("The number of runs must be 1 to %1, not %2.")
                        .arg(Device::Protocol::MaxRuns)
                        .arg(runs),
                    QStringLiteral("runs"));
    }
    ++m_request;
    m_settings.inputs = inputs;
    m_settings.runs = runs;
    m_failedStep.reset();
    m_error.reset();
    ++m_round;
    // A new round, not a retry: its attempts count from 1 again.
    m_steps[int(DeploymentStep::Run)].attempt = 0;
    info(Tr::tr("Running the model again (round %1).").arg(m_round));
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
    flushRecord();
}

Result<void> Deployment::retry()
{
    if (m_state != DeploymentState::Failed || !m_failedStep) {
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("Only a failed deployment can be retried."),
                    QStringLiteral("Deployment::retry"));
    }
    ++m_request;
    const DeploymentStep step = *m_failedStep;
    m_failedStep.reset();
    m_error.reset();
    beginStep(step);
    return ok();
}

void Deployment::setState(DeploymentState state)
{
    if (m_state == state)
        return;
    m_state = state;
    qCDebug(lcDeploy) << "state" << stateName(state);
    emit stateChanged(state);
}

void Deployment::beginStep(DeploymentStep step)
{
    m_step = step;
    StepRecord &record = m_steps[int(step)];
    record.attempt += 1;
    record.started = QDateTime::currentDateTimeUtc();
    record.finished = {};
    record.done = false;
    record.error.reset();
    record.wallMs = 0;
    record.serverMs = 0;
    m_serverMs = 0;
    m_lastPercent = -1;
    m_stepTimer.start();
    setState(step == DeploymentStep::Generate ? DeploymentState::Staging : stateOfStep(step));
    if (record.attempt > 1)
        info(Tr::tr("Attempt %1 of this step.").arg(record.attempt));
    info(Tr::tr("%1 started.").arg(stepTitle(step)));
    if (step == DeploymentStep::Run && m_settings.keepDeviceOpen)
        recordLater(); // continuous runs start a round many times a second
    else
        writeRecord();
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
            if (request == m_request && m_state == DeploymentState::Running)
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
    StepRecord &record = m_steps[int(step)];
    record.finished = QDateTime::currentDateTimeUtc();
    record.wallMs = m_stepTimer.elapsed();
    record.serverMs = m_serverMs;
    if (!result) {
        Error error = result.error();
        if (error.code == ErrorCode::Cancelled) {
            // The server or device gave up on its own (not our cancel()): still a failure.
            error.hint = error.hint.isEmpty() ? Tr::tr("Retry the step.") : error.hint;
        }
        record.error = error;
        m_error = error;
        m_failedStep = step;
        log(step,
            record.finished,
            Tr::tr("%1 failed: %2").arg(stepTitle(step), error.oneLine()),
            LogStream::Info);
        if (!error.details.isEmpty())
            log(step, record.finished, error.details, LogStream::Info);
        releaseDevice();
        retireClient();
        m_state = DeploymentState::Failed; // before the record, which names the state
        writeRecord();
        flushRecord();
        m_record.closeLogs();
        emit stepFinished(step, result);
        emit stateChanged(m_state);
        emit finished(m_state);
        return;
    }
    record.done = true;
    log(step,
        record.finished,
        Tr::tr("%1 finished in %2 s.").arg(stepTitle(step)).arg(record.wallMs / 1000.0, 0, 'f', 1),
        LogStream::Info);
    emit progress(step, 100);
    if (step == DeploymentStep::Run) {
        m_state = DeploymentState::Finished;
        if (m_settings.keepDeviceOpen) {
            // The next round may follow at once (continuous runs): the record catches up soon.
            recordLater();
        } else {
            releaseDevice();
            writeRecord();
            flushRecord();
        }
        m_record.closeLogs();
        emit stepFinished(step, result);
        emit stateChanged(m_state);
        emit finished(m_state);
        return;
    }
    writeRecord();
    emit stepFinished(step, result);
    // A slot connected to stepFinished may have cancelled the deployment.
    if (m_state == stateOfStep(step) || m_state == DeploymentState::Staging)
        beginStep(DeploymentStep(int(step) + 1));
}

void Deployment::maybeFinishCancel()
{
    if (!cancelling())
        return;
    if (m_stageThread)
        return; // onStagingDone() comes back here
    if (m_client && m_client->isRunning())
        return; // its stopped() comes back here
    for (const QPointer<ProjectApi::ProjectApiClient> &client : std::as_const(m_retiring)) {
        if (client && client->isRunning())
            return;
    }
    enterCancelled();
}

void Deployment::enterCancelled()
{
    const DeploymentStep step = m_step.value_or(m_settings.firstStep);
    StepRecord &record = m_steps[int(step)];
    record.finished = QDateTime::currentDateTimeUtc();
    record.wallMs = m_stepTimer.elapsed();
    record.serverMs = m_serverMs;
    const Error error
        = makeError(ErrorCode::Cancelled,
                    Tr::tr("The deployment was cancelled during \"%1\".").arg(stepTitle(step)),
                    stepName(step));
    record.error = error;
    m_error = error;
    releaseDevice();
    delete m_client.data();
    log(step, record.finished, error.message, LogStream::Info);
    m_state = DeploymentState::Cancelled;
    writeRecord();
    flushRecord();
    m_record.closeLogs();
    emit stepFinished(step, std::unexpected<Error>(error));
    emit stateChanged(m_state);
    emit finished(m_state);
}

void Deployment::info(const QString &text)
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

void Deployment::startStaging()
{
    if (m_steps[int(DeploymentStep::Generate)].attempt > 1 && m_projectDirIsOurs
        && QFileInfo::exists(m_projectDir)) {
        // generate_project wants a new folder; this one is what the failed attempt left.
        QDir(m_projectDir).removeRecursively();
    }
    m_projectDirIsOurs = false;
    m_stageCancel = false;
    const QString stageDir = m_record.folder() + QStringLiteral("/stage");
    const QString model = m_settings.modelPath;
    StageOptions options;
    options.standaloneCrtDir = m_settings.standaloneCrtDir;
    options.cancel = &m_stageCancel;
    info(Tr::tr("Checking and unpacking %1.").arg(model));
    m_staged.reset();
    m_stageSha256.clear();
    // Hashing and extracting read the whole archive: a worker thread keeps the caller's
    // event loop (the GUI) responsive. The thread only touches m_staged and m_stageSha256,
    // which are read after it finished.
    m_stageThread = QThread::create([this, model, stageDir, options] {
        Result<QString> sha = sha256Of(model);
        if (!sha) {
            m_staged = std::make_unique<Result<StagedModel>>(std::unexpected<Error>(sha.error()));
            return;
        }
        m_stageSha256 = *sha;
        m_staged = std::make_unique<Result<StagedModel>>(stageModel(model, stageDir, options));
    });
    connect(m_stageThread, &QThread::finished, this, &Deployment::onStagingDone);
    m_stageThread->start();
}

void Deployment::onStagingDone()
{
    m_stageThread->deleteLater();
    m_stageThread = nullptr;
    if (cancelling()) {
        maybeFinishCancel();
        return;
    }
    if (!m_staged || !*m_staged) {
        failStep(m_staged ? m_staged->error()
                          : makeError(ErrorCode::Internal, Tr::tr("Staging gave no result.")));
        return;
    }
    m_modelSha256 = m_stageSha256;
    for (const QString &warning : std::as_const((*m_staged)->warnings))
        info(Tr::tr("Warning: %1").arg(warning));
    writeRecord();
    startGenerate();
}

void Deployment::startGenerate()
{
    setState(DeploymentState::Generating);
    startServer(m_settings.templateDir, true, [this] {
        Result<QJsonObject> options = optionsFor(m_templateSchema,
                                                 QString(ProjectApi::Method::GenerateProject),
                                                 true);
        if (!options) {
            failStep(options.error());
            return;
        }
        m_sentOptions = *options;
        writeRecord();
        const StagedModel &staged = **m_staged;
        info(Tr::tr("Generating the project in %1.").arg(m_projectDir));
        const quint64 request = m_request;
        m_client->generateProject(
            staged.tarPath,
            staged.standaloneCrtDir,
            m_projectDir,
            *options,
            timed<void>([this, request](Result<void> generated) {
                if (request != m_request)
                    return;
                if (QFileInfo::exists(m_projectDir))
                    m_projectDirIsOurs = true;
                if (!generated) {
                    failStep(Error(generated.error()).withContext(Tr::tr("Generate project")));
                    return;
                }
                QDir(m_record.folder() + QStringLiteral("/stage")).removeRecursively();
                // Spec 3.6: the new folder must have its own server, which is not a template.
                startServer(m_projectDir, false, [this] { finishStep(ok()); });
            }));
    });
}

void Deployment::callProject(QLatin1String method,
                             ProjectCall call,
                             const QString &stepTitle,
                             std::function<void(const QJsonValue &)> done)
{
    const auto run = [this, method, call, stepTitle, done = std::move(done)] {
        Result<QJsonObject> options = optionsFor(m_projectSchema, QString(method), false);
        if (!options) {
            failStep(options.error());
            return;
        }
        const quint64 request = m_request;
        (m_client->*call)(*options,
                          timed<QJsonValue>(
                              [this, request, stepTitle, done](Result<QJsonValue> result) {
                                  if (request != m_request)
                                      return;
                                  if (!result) {
                                      failStep(Error(result.error()).withContext(stepTitle));
                                      return;
                                  }
                                  done(*result);
                              }));
    };
    if (m_client && m_client->isRunning() && m_clientDir == m_projectDir)
        run();
    else
        startServer(m_projectDir, false, run);
}

void Deployment::startBuild()
{
    callProject(ProjectApi::Method::Build,
                &ProjectApi::ProjectApiClient::build,
                Tr::tr("Build"),
                [this](const QJsonValue &built) {
                    m_buildResult = built;
                    finishStep(ok());
                });
}

void Deployment::startFlash()
{
    callProject(ProjectApi::Method::Flash,
                &ProjectApi::ProjectApiClient::flash,
                Tr::tr("Flash"),
                [this](const QJsonValue &flashed) {
                    m_flashResult = flashed;
                    const QString reported
                        = flashed.toObject().value(QStringLiteral("serial_port")).toString();
                    // The user's port wins: a real board's flasher may report none.
                    m_port = !m_settings.serialPort.isEmpty() ? m_settings.serialPort : reported;
                    if (!reported.isEmpty())
                        info(Tr::tr("The device's serial port is %1.").arg(reported));
                    rememberFlash();
                    // The device outlives the server; the port is ours from here.
                    retireClient();
                    finishStep(ok());
                });
}

void Deployment::startConnect()
{
    retireClient();
    releaseDevice();
    if (m_port.isEmpty())
        m_port = rememberedSerialPort(m_projectDir);
    if (m_port.isEmpty()) {
        failStep(makeError(ErrorCode::PortUnavailable,
                           Tr::tr("No serial port is known for the device."),
                           m_projectDir,
                           Tr::tr("The template did not report one: give the board's serial "
                                  "port (for example /dev/ttyACM0).")));
        return;
    }
    if (Result<void> opened = openDevice(); !opened) {
        failStep(opened.error());
        return;
    }
    m_session->hello();
}

Result<void> Deployment::openDevice()
{
    releaseDevice();
    Device::SerialLink *link = m_linkFactory
                                   ? m_linkFactory(m_port, m_settings.baudRate)
                                   : new Device::SerialPortLink(m_port, m_settings.baudRate);
    link->setParent(this);
    m_link = link;
    info(Tr::tr("Opening %1.").arg(link->description()));
    if (Result<void> opened = link->open(); !opened)
        return opened;
    auto *session = new Device::DeviceSession(link, this);
    m_session = session;
    if (m_deviceTimeout)
        session->setTimeout(*m_deviceTimeout);
    if (m_runTimeout)
        session->setRunTimeout(*m_runTimeout);
    connect(session, &Device::DeviceSession::deviceLog, this, [this](const QString &text) {
        log(m_step.value_or(DeploymentStep::Run),
            QDateTime::currentDateTimeUtc(),
            text,
            LogStream::Device);
    });
    // Answers of a session that was closed since (cancel, retry) are ignored.
    connect(session,
            &Device::DeviceSession::helloFinished,
            this,
            [this, session](const Result<Device::DeviceHello> &hello) {
                if (session != m_session || m_step != DeploymentStep::Connect)
                    return;
                if (!hello) {
                    failStep(hello.error());
                    return;
                }
                m_device = *hello;
                info(Tr::tr("Device: %1 on %2, model %3.")
                         .arg(hello->firmware, hello->board, hello->model));
                emit deviceInfoReceived(*hello);
                finishStep(ok());
            });
    connect(session,
            &Device::DeviceSession::inferenceFinished,
            this,
            [this, session](const Result<Device::InferenceResult> &inference) {
                if (session != m_session || m_step != DeploymentStep::Run)
                    return;
                onInferenceFinished(inference);
            });
    return ok();
}

void Deployment::onInferenceFinished(const Result<Device::InferenceResult> &inference)
{
    if (!inference) {
        failStep(inference.error());
        return;
    }
    const InputSet &input = m_inputSets.at(m_nextInput);
    RunResult result = makeResult(input, inference->outputs);
    result.round = m_round;
    result.latencies = inference->latencies;
    result.hasCycleCounts = inference->hasCycleCounts;
    result.cyclesEmulated = inference->cyclesEmulated;
    result.cyclesHz = inference->cyclesHz;
    const LatencySummary latency = result.latency();
    // A list of facts, each one a phrase of its own for the translators.
    QStringList facts{Tr::tr("median %1 us").arg(latency.medianUs)};
    if (latency.hasCycles)
        facts << Tr::tr("%1 cycles").arg(latency.medianCycles);
    if (!result.topK.isEmpty()) {
        facts << Tr::tr("class %1")
                     .arg(result.topKLabels.isEmpty() ? QString::number(result.topK.first().index)
                                                      : result.topKLabels.first());
    }
    if (result.agreementKnown()) {
        facts << (result.agrees() ? Tr::tr("agrees with the expected output")
                                  : Tr::tr("DIFFERS from the expected output"));
    }
    info(Tr::tr("%1: %2", "input name: facts about its run")
             .arg(input.name, facts.join(Tr::tr(", ", "separator between facts"))));
    keepResult(result);
    ++m_roundResults;
    emit runResultReady(result);
    ++m_nextInput;
    emit progress(DeploymentStep::Run, int(m_nextInput * 100 / m_inputSets.size()));
    runNextInput();
}

void Deployment::startRun()
{
    if (m_round == 0)
        m_round = 1;
    if (!m_device) {
        failStep(makeError(ErrorCode::DeviceProtocol,
                           Tr::tr("The device has not said what it runs yet."),
                           m_port,
                           Tr::tr("Retry the connect step.")));
        return;
    }
    if (!m_session || !m_link || !m_link->isOpen()) {
        // A retry or a new round after the link closed or broke (the device vanished, a
        // failure closed it): open it again; runInference() says hello first.
        if (Result<void> opened = openDevice(); !opened) {
            failStep(opened.error());
            return;
        }
    }
    Result<QList<InputSet>> inputs = prepareInputs();
    if (!inputs) {
        failStep(inputs.error());
        return;
    }
    m_inputSets = *inputs;
    m_roundResults = 0;
    m_nextInput = 0;
    if (m_settings.keepDeviceOpen)
        recordLater();
    else
        writeRecord();
    emit progress(DeploymentStep::Run, 0);
    runNextInput();
}

void Deployment::runNextInput()
{
    if (m_nextInput >= m_inputSets.size()) {
        finishStep(ok());
        return;
    }
    const InputSet &input = m_inputSets.at(m_nextInput);
    QList<QByteArray> data;
    for (const Tensor::Tensor &tensor : input.tensors)
        data.append(tensor.data());
    info(Tr::tr("Running %1 (%n run(s)).", nullptr, int(m_settings.runs)).arg(input.name));
    m_session->runInference(data, m_settings.runs);
}

void Deployment::startServer(const QString &dir, bool wantTemplate, Continuation then)
{
    retireClient();
    auto *client = new ProjectApi::ProjectApiClient(this);
    if (m_environmentSet)
        client->setProcessEnvironment(m_environment);
    connect(client,
            &ProjectApi::ProjectApiClient::logLine,
            this,
            [this](const ProjectApi::LogLine &line) {
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
    QPointer<ProjectApi::ProjectApiClient> guarded(client);
    connect(client,
            &ProjectApi::ProjectApiClient::stopped,
            this,
            [this, guarded](const ProjectApi::ExitStatus &) {
                if (guarded && guarded != m_client) {
                    m_retiring.removeAll(guarded);
                    guarded->deleteLater();
                }
                maybeFinishCancel();
            });
    m_client = client;
    m_clientDir = dir;
    info(Tr::tr("Starting the Project API server of %1.").arg(dir));
    if (Result<void> started = client->start(dir); !started) {
        failStep(started.error());
        return;
    }
    const quint64 request = m_request;
    client->serverInfoQuery(
        QString(Templates::ClientTvmVersion),
        timed<ProjectApi::ServerInfo>(
            [this, request, dir, wantTemplate, then](Result<ProjectApi::ServerInfo> serverInfo) {
                if (request != m_request)
                    return;
                if (!serverInfo) {
                    failStep(serverInfo.error());
                    return;
                }
                if (wantTemplate && !serverInfo->isTemplate) {
                    failStep(makeError(ErrorCode::NotATemplate,
                                       Tr::tr("The server says this folder is not a template "
                                              "(is_template is false)."),
                                       dir,
                                       Tr::tr("Choose a template folder; a generated project is "
                                              "re-run, not generated again.")));
                    return;
                }
                if (!wantTemplate && serverInfo->isTemplate) {
                    failStep(makeError(ErrorCode::NotAProject,
                                       Tr::tr("The project's server still says it is a template "
                                              "(is_template is true)."),
                                       dir,
                                       Tr::tr("The template's generate_project did not make a "
                                              "project; see the log of the generate step.")));
                    return;
                }
                m_platformName = serverInfo->platformName;
                if (wantTemplate)
                    m_templateSchema = serverInfo->projectOptions;
                else
                    m_projectSchema = serverInfo->projectOptions;
                then();
            }));
}

void Deployment::retireClient()
{
    ProjectApi::ProjectApiClient *client = m_client.data();
    m_client = nullptr;
    m_clientDir.clear();
    if (!client)
        return;
    if (client->isRunning()) {
        m_retiring.append(client);
        client->stop(); // stopped() deletes it
    } else {
        client->deleteLater();
    }
}

Result<QJsonObject> Deployment::optionsFor(const QList<ProjectApi::ProjectOption> &schema,
                                           const QString &method,
                                           bool strict)
{
    ProjectApi::OptionValues values(schema);
    const auto declared = [&schema](const QString &name) {
        return std::any_of(schema.cbegin(), schema.cend(), [&name](const auto &option) {
            return option.name == name;
        });
    };
    const QJsonObject typed = strict ? m_settings.optionValues : m_userOptions;
    for (auto it = typed.constBegin(); it != typed.constEnd(); ++it) {
        // A remembered value the server no longer declares is dropped rather than sent.
        if (!declared(it.key()))
            continue;
        if (Result<void> set = values.setValue(it.key(), it.value()); !set)
            return fail(set.error());
    }
    if (strict) {
        for (const QString &assignment : std::as_const(m_settings.optionAssignments)) {
            if (Result<void> set = values.setAssignment(assignment); !set)
                return fail(set.error());
        }
        m_userOptions = values.userValues();
    }
    return values.forMethod(method);
}

template<typename T>
std::function<void(Result<T>)> Deployment::timed(std::function<void(Result<T>)> done)
{
    // Requests go out one at a time, so the time from queueing to the reply is the server's.
    m_requestTimer.start();
    return [this, done = std::move(done)](Result<T> result) {
        m_serverMs += m_requestTimer.elapsed();
        done(std::move(result));
    };
}

void Deployment::releaseDevice()
{
    if (Device::DeviceSession *session = m_session.data()) {
        // Cleared first: the request cancelled here finishes at once, and its answer must be
        // ignored rather than taken for a failure of the step.
        m_session = nullptr;
        if (session->isBusy())
            session->cancel();
        session->deleteLater();
    }
    if (m_link) {
        m_link->close();
        m_link->deleteLater();
        m_link = nullptr;
    }
}

Result<QList<InputSet>> Deployment::prepareInputs() const
{
    const Device::DeviceHello &device = *m_device;
    const int inputCount = int(device.inputs.size());
    QList<InputSet> sets;
    if (!m_settings.inputs.isEmpty()) {
        sets = m_settings.inputs;
    } else if (!m_settings.inputFiles.isEmpty()) {
        Result<QList<InputSet>> loaded = loadInputFiles(m_settings.inputFiles, inputCount);
        if (!loaded)
            return loaded;
        sets = *loaded;
    } else if (m_kit.hasSamples() && inputCount == 1) {
        for (const SampleFile &sample : m_kit.samples()) {
            Result<Tensor::Tensor> tensor = Tensor::readNpyFile(sample.inputPath);
            if (!tensor)
                return fail(tensor.error());
            sets.append(InputSet{sample.name, sample.inputPath, {*tensor}});
        }
    } else {
        InputSet zeros{QStringLiteral("zeros"), QString(), {}};
        for (const Device::TensorInfo &info : device.inputs) {
            Result<Tensor::DType> dtype = dtypeOf(info);
            if (!dtype)
                return fail(dtype.error());
            Result<Tensor::Tensor> tensor = Tensor::Tensor::zeros(*dtype, shapeOf(info, *dtype));
            if (!tensor)
                return fail(tensor.error());
            zeros.tensors.append(*tensor);
        }
        sets.append(zeros);
    }

    for (const InputSet &set : std::as_const(sets)) {
        const QString where = set.source.isEmpty() ? set.name : set.source;
        if (set.tensors.size() != inputCount) {
            return fail(ErrorCode::ShapeMismatch,
                        Tr::tr("Input set \"%1\" has the wrong number of tensors (%2): the "
                               "model on the device has %n input(s).",
                               nullptr,
                               inputCount)
                            .arg(set.name)
                            .arg(set.tensors.size()),
                        where,
                        Tr::tr("Give one tensor per model input."));
        }
        for (int i = 0; i < inputCount; ++i) {
            const Device::TensorInfo &info = device.inputs.at(i);
            const Tensor::Tensor &tensor = set.tensors.at(i);
            if (tensor.dtype().name() != info.dtype()) {
                return fail(ErrorCode::DTypeMismatch,
                            Tr::tr("Input \"%1\" of the model is %2, but the given tensor is %3.")
                                .arg(info.name, info.dtype(), tensor.dtype().name()),
                            where,
                            Tr::tr("Convert the input to %1 (for a quantized model, quantize "
                                   "it with the model's scale and zero point).")
                                .arg(info.dtype()));
            }
            if (tensor.byteSize() != qint64(info.bytes)) {
                return fail(ErrorCode::SizeMismatch,
                            Tr::tr("Input \"%1\" of the model takes %2 bytes, but the given "
                                   "tensor %3 has %4.")
                                .arg(info.name)
                                .arg(info.bytes)
                                .arg(tensor.shapeText())
                                .arg(tensor.byteSize()),
                            where,
                            Tr::tr("Give a tensor of the model's input shape."));
            }
        }
    }
    return sets;
}

RunResult Deployment::makeResult(const InputSet &input, const QList<QByteArray> &outputs) const
{
    RunResult result;
    result.input = input;
    const Device::DeviceHello &device = *m_device;
    for (qsizetype i = 0; i < outputs.size(); ++i) {
        const Device::TensorInfo info = device.outputs.value(i);
        result.outputNames.append(info.name);
        Result<Tensor::DType> dtype = dtypeOf(info);
        Result<Tensor::Tensor> tensor = dtype ? Tensor::Tensor::create(*dtype,
                                                                       shapeOf(info, *dtype),
                                                                       outputs.at(i))
                                              : fail(dtype.error());
        if (!tensor) {
            // Keep the bytes even when they cannot be typed; the record shows them.
            tensor = Tensor::Tensor::create(Tensor::DType::uint8(),
                                            {qint64(outputs.at(i).size())},
                                            outputs.at(i));
        }
        result.outputs.append(tensor.value_or(Tensor::Tensor()));
    }

    if (result.outputs.size() == 1 && result.outputs.first().elementCount() > 1
        && result.outputs.first().hasReadableValues()) {
        const Tensor::Tensor &scores = result.outputs.first();
        if (Result<QList<Tensor::RankedValue>> top = Tensor::topK(scores, m_settings.topK)) {
            result.topK = *top;
            if (m_kit.labels().size() == scores.elementCount()) {
                for (const Tensor::RankedValue &entry : std::as_const(result.topK))
                    result.topKLabels.append(m_kit.labels().at(entry.index));
            }
        }
    }

    // Expected outputs are known for the kit's own sample files.
    for (const SampleFile &sample : m_kit.samples()) {
        if (input.source.isEmpty() || canonical(sample.inputPath) != canonical(input.source))
            continue;
        result.trueClass = sample.trueClass;
        if (sample.expectedPath.isEmpty() || result.outputs.size() != 1)
            break;
        Result<Tensor::Tensor> expected = Tensor::readNpyFile(sample.expectedPath);
        if (!expected)
            break;
        result.expected.append(*expected);
        Result<Tensor::Comparison> comparison = Tensor::compare(result.outputs.first(),
                                                                *expected,
                                                                floatTolerance);
        Tensor::Comparison c;
        if (comparison)
            c = *comparison;
        else
            c.agrees = false;
        result.comparisons.append(c);
        break;
    }
    return result;
}

void Deployment::keepResult(const RunResult &result)
{
    m_results.append(result);
    m_resultBytes += resultBytes(result);
    if (result.agreementKnown()) {
        ++m_compared;
        m_agreeing += result.agrees() ? 1 : 0;
    }
    while (m_results.size() > 1
           && (m_results.size() > m_maxResults || m_resultBytes > m_maxResultBytes)) {
        m_resultBytes -= resultBytes(m_results.constFirst());
        m_results.removeFirst();
        ++m_droppedResults;
    }
    resultsLater();
}

QJsonObject Deployment::deploymentJson() const
{
    QJsonObject root;
    root.insert(QStringLiteral("format_version"), recordFormatVersion);
    root.insert(QStringLiteral("tinydeploy_version"), QStringLiteral(TINYDEPLOY_VERSION));
    root.insert(QStringLiteral("state"), stateName(m_state));
    root.insert(QStringLiteral("cancelled"), m_state == DeploymentState::Cancelled);
    root.insert(QStringLiteral("created"), timestampText(m_created));
    root.insert(QStringLiteral("updated"), timestampText(QDateTime::currentDateTimeUtc()));
    root.insert(QStringLiteral("first_step"), stepName(m_settings.firstStep));

    QJsonObject model{{QStringLiteral("path"), m_settings.modelPath},
                      {QStringLiteral("sha256"), m_modelSha256},
                      {QStringLiteral("bundled_sample"), m_kit.hasSamples()}};
    root.insert(QStringLiteral("model"), model);
    root.insert(QStringLiteral("template"),
                QJsonObject{{QStringLiteral("name"), m_settings.templateName},
                            {QStringLiteral("dir"), m_settings.templateDir},
                            {QStringLiteral("platform"), m_platformName}});
    QJsonObject requested = m_settings.optionValues;
    QJsonArray assignments;
    for (const QString &assignment : m_settings.optionAssignments)
        assignments.append(assignment);
    root.insert(QStringLiteral("options"), m_userOptions.isEmpty() ? requested : m_userOptions);
    root.insert(QStringLiteral("option_assignments"), assignments);
    root.insert(QStringLiteral("options_sent"), m_sentOptions);

    QString board = m_userOptions.value(QStringLiteral("board")).toString();
    if (board.isEmpty())
        board = m_sentOptions.value(QStringLiteral("board")).toString();
    if (board.isEmpty() && m_device)
        board = m_device->board;
    root.insert(QStringLiteral("board"), board);
    root.insert(QStringLiteral("project_dir"), m_projectDir);
    root.insert(QStringLiteral("serial_port"), m_port);
    root.insert(QStringLiteral("flash_result"), m_flashResult);

    QJsonObject tools{{QStringLiteral("tinydeploy"), QStringLiteral(TINYDEPLOY_VERSION)},
                      {QStringLiteral("qt"), QString::fromLatin1(qVersion())}};
    if (!m_platformName.isEmpty())
        tools.insert(QStringLiteral("template_platform"), m_platformName);
    if (m_device) {
        tools.insert(QStringLiteral("firmware"), m_device->firmware);
        root.insert(QStringLiteral("device"), deviceInfoToJson(*m_device));
    }
    // What the template says it built and flashed with (our templates' extension of the build
    // and flash results: {"tools": {"arm-none-eabi-gcc": "<first line of --version>"}}).
    // Bounded, so that a server cannot bloat the record.
    for (const QJsonValue &result : {m_buildResult, m_flashResult}) {
        const QJsonObject reported = result.toObject().value(QStringLiteral("tools")).toObject();
        for (auto it = reported.begin(); it != reported.end() && tools.size() < maxRecordedTools;
             ++it) {
            if (it.value().isString() && !tools.contains(it.key()))
                tools.insert(it.key().left(maxToolTextLength),
                             it.value().toString().left(maxToolTextLength));
        }
    }
    root.insert(QStringLiteral("tool_versions"), tools);

    QJsonArray inputs;
    for (const InputSet &set : m_inputSets) {
        inputs.append(QJsonObject{{QStringLiteral("name"), set.name},
                                  {QStringLiteral("source"), set.source}});
    }
    root.insert(QStringLiteral("inputs"), inputs);
    root.insert(QStringLiteral("runs"), qint64(m_settings.runs));
    root.insert(QStringLiteral("rounds"), qint64(m_round));

    QJsonArray steps;
    for (const StepRecord &record : m_steps) {
        QJsonObject step{{QStringLiteral("step"), stepName(record.step)}};
        QString status;
        if (record.attempt == 0)
            status = record.done ? QStringLiteral("skipped") : QStringLiteral("pending");
        else if (record.done)
            status = QStringLiteral("done");
        else if (record.error)
            status = record.error->code == ErrorCode::Cancelled
                             && m_state == DeploymentState::Cancelled
                         ? QStringLiteral("cancelled")
                         : QStringLiteral("failed");
        else
            status = QStringLiteral("running");
        step.insert(QStringLiteral("status"), status);
        step.insert(QStringLiteral("attempts"), record.attempt);
        if (record.attempt > 0) {
            step.insert(QStringLiteral("started"), timestampText(record.started));
            step.insert(QStringLiteral("log"), DeploymentRecord::logName(record.step));
        }
        if (record.finished.isValid()) {
            step.insert(QStringLiteral("finished"), timestampText(record.finished));
            step.insert(QStringLiteral("wall_ms"), record.wallMs);
            step.insert(QStringLiteral("server_ms"), record.serverMs);
        }
        if (record.error)
            step.insert(QStringLiteral("error"), errorToJson(*record.error));
        steps.append(step);
    }
    root.insert(QStringLiteral("steps"), steps);
    if (m_error)
        root.insert(QStringLiteral("error"), errorToJson(*m_error));
    if (!m_results.isEmpty()) {
        root.insert(QStringLiteral("results"), QStringLiteral("results.json"));
        root.insert(QStringLiteral("dropped_results"), qint64(m_droppedResults));
    }
    return root;
}

QJsonObject Deployment::resultsJson() const
{
    QJsonObject root;
    root.insert(QStringLiteral("format_version"), recordFormatVersion);
    root.insert(QStringLiteral("model"), m_settings.modelPath);
    root.insert(QStringLiteral("runs_per_input"), qint64(m_settings.runs));
    if (m_device)
        root.insert(QStringLiteral("device"), deviceInfoToJson(*m_device));
    root.insert(QStringLiteral("rounds"), qint64(m_round));
    QJsonArray results;
    for (const RunResult &result : m_results) {
        QJsonObject object = runResultToJson(result);
        object.insert(QStringLiteral("round"), qint64(result.round));
        results.append(object);
    }
    root.insert(QStringLiteral("results"), results);
    // The oldest results go first once there are more than the limits allow.
    root.insert(QStringLiteral("dropped_results"), qint64(m_droppedResults));
    root.insert(QStringLiteral("max_results"), qint64(m_maxResults));
    // Whether the latest round ran all its inputs.
    root.insert(QStringLiteral("complete"), m_roundResults == m_inputSets.size());
    // Over every result, the dropped ones included.
    QJsonObject agreement{{QStringLiteral("compared"), qint64(m_compared)},
                          {QStringLiteral("agreeing"), qint64(m_agreeing)}};
    if (m_compared > 0)
        agreement.insert(QStringLiteral("all_agree"), m_compared == m_agreeing);
    root.insert(QStringLiteral("agreement"), agreement);
    return root;
}

void Deployment::writeRecord()
{
    m_recordDirty = false;
    if (Result<void> written = m_record.writeDeployment(deploymentJson()); !written)
        qCWarning(lcDeploy).noquote() << written.error().oneLine();
}

void Deployment::writeResults()
{
    m_resultsDirty = false;
    if (Result<void> written = m_record.writeResults(resultsJson()); !written)
        qCWarning(lcDeploy).noquote() << written.error().oneLine();
}

void Deployment::recordLater()
{
    m_recordDirty = true;
    if (!m_saveTimer->isActive())
        m_saveTimer->start();
}

void Deployment::resultsLater()
{
    m_resultsDirty = true;
    if (!m_saveTimer->isActive())
        m_saveTimer->start();
}

void Deployment::flushRecord()
{
    m_saveTimer->stop();
    if (m_recordDirty)
        writeRecord();
    if (m_resultsDirty)
        writeResults();
}

void Deployment::rememberFlash()
{
    // `tinydeploy-cli run PROJECT_DIR` finds the port here later.
    const QString path = m_projectDir + QStringLiteral("/.tinydeploy/flash.json");
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QJsonObject object{{QStringLiteral("serial_port"), m_port},
                             {QStringLiteral("result"), m_flashResult},
                             {QStringLiteral("flashed"),
                              timestampText(QDateTime::currentDateTimeUtc())},
                             {QStringLiteral("record"), m_record.folder()}};
    if (Result<void> written = writeFileAtomically(path, QJsonDocument(object).toJson()); !written)
        qCWarning(lcDeploy).noquote() << written.error().oneLine();
}

} // namespace TinyDeploy::Deploy
