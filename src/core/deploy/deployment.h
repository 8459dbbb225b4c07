#pragma once

#include "deploymentrecord.h"
#include "deploymenttypes.h"
#include "samplekit.h"

#include <device/devicesession.h>
#include <device/messages.h>
#include <projectapi/projectoption.h>
#include <util/error.h>

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QString>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QThread;
class QTimer;

namespace TinyDeploy::ProjectApi {
class ProjectApiClient;
}
namespace TinyDeploy::Device {
class DeviceSession;
class SerialLink;
} // namespace TinyDeploy::Device

namespace TinyDeploy::Deploy {

struct StagedModel;

/// @brief The controller of one deployment: generate, build, flash, connect, run, one step at
/// a time, with an explicit state (DeploymentState), signals for every change, cancel() and
/// retry() of the failed step.
///
/// Generate stages the model (checked, safely extracted, repacked; in a worker thread), asks
/// the template's server to generate the project, then checks that the project's own server
/// says is_template=false (spec 3.6). Build and Flash use the project's server; the user's
/// options are converted against each server's declared options, and the full set is sent to
/// every method. Connect opens the serial port - the user's (settings.serialPort) if given,
/// else the "serial_port" our templates return from flash - and says HELLO. Run sends each
/// input set and runs it settings.runs times.
///
/// Inputs, when none are given: the sample inputs beside a bundled sample model (SampleKit),
/// else one set of zeros shaped as the device announces. Zeros are deterministic, so outputs
/// can be compared between boards; random values would not be.
///
/// Everything is written as it happens to a record folder (DeploymentRecord). A failure stops
/// the pipeline at that step (state Failed, the step's error kept); retry() runs that step
/// again and goes on, without redoing earlier ones. cancel() kills the running server's
/// process group (or abandons staging or the device request); state Cancelled follows once
/// nothing started by the deployment runs any more.
///
/// Once the Run step has run, runAgain() runs it again - on the same connection when
/// settings.keepDeviceOpen kept it open - and adds its results to the same record. Results
/// are kept up to a limit (setResultLimits()); older ones are dropped and counted, so that
/// running for hours uses bounded memory and disk. While results come in, results.json (and,
/// between runs with keepDeviceOpen, deployment.json) is rewritten about once a second; at
/// once when the deployment fails, is cancelled, closes the device or ends without
/// keepDeviceOpen.
///
/// The device (host runner, QEMU) is left running after the deployment; stop it with
/// stopProjectDevice(). Nothing here blocks the thread it lives on.
class Deployment final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Deployment)

public:
    /// Creates the link to the device for a port (test seam; default: SerialPortLink).
    using LinkFactory = std::function<Device::SerialLink *(const QString &port, qint32 baudRate)>;

    explicit Deployment(QObject *parent = nullptr);
    /// Kills whatever still runs (server process groups, staging is waited for).
    ~Deployment() override;

    void setSettings(const DeploymentSettings &settings);
    const DeploymentSettings &settings() const { return m_settings; }
    void setLinkFactory(LinkFactory factory);
    /// Environment of the servers (default: this process's).
    void setServerEnvironment(const QProcessEnvironment &environment);
    /// How long the device may take to answer HELLO and each input chunk, and to stay silent
    /// during a run (DeviceSession's defaults otherwise).
    void setDeviceTimeouts(std::chrono::milliseconds timeout, std::chrono::milliseconds runTimeout);

    /// Checks the settings, creates the record folder and starts at settings.firstStep.
    /// Errors found here (no such model, project folder exists, ...) leave the state Idle.
    Result<void> start();
    /// Stops the step in progress; state Cancelled follows (within about a second). When
    /// nothing is in progress, closes the device connection kept open (see closeDevice()).
    void cancel();
    /// Runs the failed step again, then the ones after it. InvalidArgument unless Failed.
    Result<void> retry();
    /// Runs the Run step again, as one more round: @p inputs (when empty, what the first run
    /// ran: settings.inputFiles, the sample inputs or zeros), @p runs times each (1 to 10000).
    /// Needs a deployment that is not active and has reached its Run step before (Finished,
    /// or Failed or Cancelled during Run); InvalidArgument otherwise. Uses the open device
    /// session, or opens the port again when it is closed or broke. Same signals as the first
    /// Run step; results go to the same record. settings() then holds these inputs and runs.
    Result<void> runAgain(const QList<InputSet> &inputs, quint32 runs);
    /// Closes the serial port and ends the device session (the device itself keeps running;
    /// see stopProjectDevice()), and writes what the record still has pending. Cancels the
    /// deployment first while it connects or runs. The destructor and cancel() close it too.
    void closeDevice();
    /// Whether the serial port to the device is open (between runs with keepDeviceOpen).
    bool isDeviceOpen() const;

    /// Results kept in results() and results.json by default; older ones are dropped.
    static constexpr qsizetype DefaultMaxResults = 1000;
    /// Bytes of tensors and latencies kept in results() by default (big outputs keep fewer).
    static constexpr qint64 DefaultMaxResultBytes = 16 * 1024 * 1024;
    /// Keeps at most @p maxResults results (at least 1) and about @p maxBytes of their data;
    /// the newest result is always kept.
    void setResultLimits(qsizetype maxResults, qint64 maxBytes = DefaultMaxResultBytes);

    DeploymentState state() const { return m_state; }
    bool isActive() const;
    std::optional<DeploymentStep> currentStep() const { return m_step; }
    std::optional<DeploymentStep> failedStep() const { return m_failedStep; }
    /// The error of the failed or cancelled step.
    std::optional<Error> error() const { return m_error; }
    const QList<StepRecord> &stepRecords() const { return m_steps; }

    QString recordFolder() const { return m_record.folder(); }
    QString projectDir() const { return m_projectDir; }
    QString serialPort() const { return m_port; }
    QJsonValue flashResult() const { return m_flashResult; }
    /// The option values the user set (typed), as generate_project received them.
    QJsonObject userOptions() const { return m_userOptions; }
    std::optional<Device::DeviceHello> deviceInfo() const { return m_device; }
    const SampleKit &sampleKit() const { return m_kit; }
    /// The latest results, oldest first, of every round (see setResultLimits()).
    const QList<RunResult> &results() const { return m_results; }
    /// Results dropped from results() and results.json to stay within the limits.
    quint64 droppedResults() const { return m_droppedResults; }
    /// 0 before the Run step, 1 for its first run, one more for each runAgain().
    quint32 round() const { return m_round; }
    QString modelSha256() const { return m_modelSha256; }

signals:
    void stateChanged(TinyDeploy::Deploy::DeploymentState state);
    void stepStarted(TinyDeploy::Deploy::DeploymentStep step);
    void stepFinished(TinyDeploy::Deploy::DeploymentStep step,
                      const TinyDeploy::Result<void> &result);
    /// 0..100, or -1 while the step's progress is unknown.
    void progress(TinyDeploy::Deploy::DeploymentStep step, int percent);
    void logLine(TinyDeploy::Deploy::DeploymentStep step,
                 const QDateTime &timestamp,
                 const QString &text,
                 TinyDeploy::Deploy::LogStream stream);
    void deviceInfoReceived(const TinyDeploy::Device::DeviceHello &info);
    void runResultReady(const TinyDeploy::Deploy::RunResult &result);
    /// Entered Finished, Failed or Cancelled.
    void finished(TinyDeploy::Deploy::DeploymentState state);

private:
    using Continuation = std::function<void()>;

    void setState(DeploymentState state);
    void beginStep(DeploymentStep step);
    void finishStep(Result<void> result);
    void failStep(const Error &error) { finishStep(std::unexpected<Error>(error)); }
    void enterCancelled();
    void maybeFinishCancel();
    bool cancelling() const { return m_state == DeploymentState::Cancelling; }
    void info(const QString &text);
    void log(DeploymentStep step, const QDateTime &when, const QString &text, LogStream stream);

    // Steps.
    void startStaging();
    void onStagingDone();
    void startGenerate();
    void startBuild();
    void startFlash();
    /// Build and flash: on the project's server (started when needed), the method's options,
    /// then @p done with the result; a failure fails the step, named @p stepTitle.
    using ProjectCall = void (ProjectApi::ProjectApiClient::*)(
        const QJsonObject &, std::function<void(Result<QJsonValue>)>);
    void callProject(QLatin1String method,
                     ProjectCall call,
                     const QString &stepTitle,
                     std::function<void(const QJsonValue &)> done);
    void startConnect();
    void startRun();
    void runNextInput();

    // Servers.
    void startServer(const QString &dir, bool wantTemplate, Continuation then);
    void retireClient();
    Result<QJsonObject> optionsFor(const QList<ProjectApi::ProjectOption> &schema,
                                   const QString &method,
                                   bool strict);
    template<typename T>
    std::function<void(Result<T>)> timed(std::function<void(Result<T>)> done);

    // Device.
    Result<void> openDevice();
    void onInferenceFinished(const Result<Device::InferenceResult> &inference);
    void releaseDevice();
    Result<QList<InputSet>> prepareInputs() const;
    RunResult makeResult(const InputSet &input, const QList<QByteArray> &outputs) const;
    void keepResult(const RunResult &result);

    // Record. write*() write at once; *Later() within recordSaveInterval; flushRecord() writes
    // whatever is pending.
    QJsonObject deploymentJson() const;
    QJsonObject resultsJson() const;
    void writeRecord();
    void writeResults();
    void recordLater();
    void resultsLater();
    void flushRecord();
    void rememberFlash();

    DeploymentSettings m_settings;
    DeploymentState m_state = DeploymentState::Idle;
    std::optional<DeploymentStep> m_step;
    std::optional<DeploymentStep> m_failedStep;
    std::optional<Error> m_error;
    QList<StepRecord> m_steps;
    DeploymentRecord m_record;
    QDateTime m_created;
    QDateTime m_updated;
    LinkFactory m_linkFactory;
    QProcessEnvironment m_environment;
    bool m_environmentSet = false;
    std::optional<std::chrono::milliseconds> m_deviceTimeout;
    std::optional<std::chrono::milliseconds> m_runTimeout;

    // Generate.
    QString m_projectDir;
    bool m_projectDirIsOurs = false; ///< Created by this deployment's generate step.
    QString m_modelSha256;
    SampleKit m_kit;
    QThread *m_stageThread = nullptr;
    std::atomic<bool> m_stageCancel{false};
    std::unique_ptr<Result<StagedModel>> m_staged;
    QString m_stageSha256;
    QString m_platformName;
    QList<ProjectApi::ProjectOption> m_templateSchema;
    QList<ProjectApi::ProjectOption> m_projectSchema;
    QJsonObject m_userOptions;
    QJsonObject m_sentOptions;

    // The server in use, and ones being stopped.
    QPointer<ProjectApi::ProjectApiClient> m_client;
    QString m_clientDir;
    QList<QPointer<ProjectApi::ProjectApiClient>> m_retiring;
    QElapsedTimer m_stepTimer;
    QElapsedTimer m_requestTimer;
    qint64 m_serverMs = 0;
    int m_lastPercent = -1;

    // Flash, connect, run.
    QJsonValue m_buildResult; ///< The server's build result (null, or our templates' tools).
    QJsonValue m_flashResult;
    QString m_port;
    QPointer<Device::SerialLink> m_link;
    QPointer<Device::DeviceSession> m_session;
    std::optional<Device::DeviceHello> m_device;
    QList<InputSet> m_inputSets;
    qsizetype m_nextInput = 0;
    QList<RunResult> m_results;
    qsizetype m_roundResults = 0; ///< Results of the current round.
    quint32 m_round = 0;
    qsizetype m_maxResults = DefaultMaxResults;
    qint64 m_maxResultBytes = DefaultMaxResultBytes;
    qint64 m_resultBytes = 0; ///< Tensor and latency bytes in m_results.
    quint64 m_droppedResults = 0;
    quint64 m_compared = 0; ///< Results with known expected outputs, dropped ones included.
    quint64 m_agreeing = 0;
    quint64 m_request = 0; ///< Bumped on cancel and retry: stale callbacks are ignored.

    QTimer *m_saveTimer = nullptr;
    bool m_recordDirty = false;
    bool m_resultsDirty = false;
};

} // namespace TinyDeploy::Deploy
