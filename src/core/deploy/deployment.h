#pragma once

#include "deploymentrecord.h"
#include "deploymenttypes.h"
#include "modelstaging.h"
#include "projectserver.h"
#include "projectstate.h"
#include "recordwriter.h"
#include "resultstore.h"
#include "runnerfactory.h"
#include "runprotocol.h"
#include "samplekit.h"

#include <device/messages.h>
#include <device/modelrunner.h>
#include <microtvm/operatorprofiler.h>
#include <package/packagereader.h>
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

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace TinyDeploy::Mlf {
struct ModelInfo;
}

namespace TinyDeploy::Device {
class SerialLink;
} // namespace TinyDeploy::Device

namespace TinyDeploy::Package {
class RecipeFlasher;
} // namespace TinyDeploy::Package

namespace TinyDeploy::Deploy {

/// @brief The controller of one deployment: generate, build, flash, connect, run, one step at
/// a time, with an explicit state (DeploymentState), signals for every change, cancel() and
/// retry() of the failed step. It is the state machine only; each part it drives owns one
/// thing: StagingJob (the model, on a worker thread), ProjectServer (the Project API servers),
/// OptionResolver (option values), RunInputs (what to run), ResultBuilder (what came back),
/// ResultStore (what is kept, and the agreement figures), RecordWriter (the record folder)
/// and ProjectState (what the project remembers for later steps, GUI or CLI).
///
/// A deployment runs from settings.firstStep to settings.lastStep (Generate to Run for a full
/// one; `tinydeploy-cli build` is Build to Build on an existing project). A failure stops it
/// at that step (state Failed, the step's error kept); retry() runs that step again and goes
/// on. cancel() kills the running server's process group (or abandons staging or the device
/// request); state Cancelled follows once nothing started by the deployment runs any more.
/// Once the Run step has run, runAgain() runs it again and adds its results to the same
/// record. The device (host runner, QEMU) is left running after the deployment; stop it with
/// stopProjectDevice(). Nothing here blocks the thread it lives on.
class Deployment final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Deployment)

public:
    /// Creates the link to the device for a port (test seam; default: SerialPortLink).
    using LinkFactory = Deploy::LinkFactory;

    explicit Deployment(QObject *parent = nullptr);
    /// Kills whatever still runs (server process groups, staging is waited for).
    ~Deployment() override;

    void setSettings(const DeploymentSettings &settings);
    const DeploymentSettings &settings() const { return m_settings; }
    void setLinkFactory(LinkFactory factory);
    /// Creates the runner of the Connect and Run steps (test seam; default: createRunner()
    /// with the link factory).
    void setRunnerFactory(RunnerFactory factory);
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
    /// ran: settings.inputFiles, the sample inputs or zeros), @p runs times each (1 to
    /// Device::Protocol::MaxRuns).
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
    /// Times every operator of the model on the device (and, with @p dumpTensors, copies
    /// every node's output back), over the inputs of the last run; finishes with
    /// profileFinished(). Needs a project driven over microTVM RPC with the graph executor
    /// (RunChoice::canProfile()) whose Run step has run and kept the device open
    /// (keepDeviceOpen), and a deployment that is not active: InvalidArgument otherwise, with
    /// one sentence saying why and how to make such a project.
    Result<void> profile(quint32 repeats, bool dumpTensors);
    /// The runner of the open device connection, for a validation between runs (with
    /// keepDeviceOpen, after the Run step or a last step Connect); nullptr when closed. The
    /// deployment ignores its answers unless its own Run step is in progress.
    Device::ModelRunner *runner() const { return m_runner.data(); }

    /// Results kept in results() and results.json by default; older ones are dropped.
    static constexpr qsizetype DefaultMaxResults = ResultStore::DefaultMaxResults;
    /// Bytes of tensors and latencies kept in results() by default (big outputs keep fewer).
    static constexpr qint64 DefaultMaxResultBytes = ResultStore::DefaultMaxResultBytes;
    /// Keeps at most @p maxResults results (at least 1) and about @p maxBytes of their data;
    /// the newest result is always kept.
    void setResultLimits(qsizetype maxResults, qint64 maxBytes = DefaultMaxResultBytes);

    DeploymentState state() const { return m_facts.state; }
    bool isActive() const;
    std::optional<DeploymentStep> currentStep() const { return m_step; }
    std::optional<DeploymentStep> failedStep() const { return m_failedStep; }
    /// The error of the failed or cancelled step.
    std::optional<Error> error() const { return m_facts.error; }
    const QList<StepRecord> &stepRecords() const { return m_facts.steps; }

    QString recordFolder() const { return m_record.folder(); }
    QString projectDir() const { return m_facts.projectDir; }
    QString serialPort() const { return m_facts.serialPort; }
    QJsonValue flashResult() const { return m_facts.flashResult; }
    /// The option values the user set (typed), as generate_project received them.
    QJsonObject userOptions() const { return m_facts.userOptions; }
    std::optional<Device::DeviceHello> deviceInfo() const { return m_facts.device; }
    /// How the Connect step reaches the device (protocol, link, executor), once it decided.
    std::optional<RunChoice> runChoice() const { return m_facts.runChoice; }
    /// The protocol the Run step speaks, once the Connect step decided.
    std::optional<Device::RunProtocol> runProtocol() const;
    /// describeRun() of runChoice(): "microTVM RPC, graph executor, over the Project API
    /// transport"; empty before the Connect step decided.
    QString runDescription() const;
    const SampleKit &sampleKit() const { return m_kit; }
    /// The latest results, oldest first, of every round (see setResultLimits()).
    const QList<RunResult> &results() const { return m_results.results(); }
    /// Results dropped from results() and results.json to stay within the limits.
    quint64 droppedResults() const { return m_results.dropped(); }
    /// The results kept, the dropped count and the agreement figures (over every result).
    const ResultStore &resultStore() const { return m_results; }
    /// 0 before the Run step, 1 for its first run, one more for each runAgain().
    quint32 round() const { return m_facts.round; }
    QString modelSha256() const { return m_facts.modelSha256; }
    /// The package of a deployment from one (settings.packagePath), once its Flash step has
    /// checked and unpacked it.
    const std::optional<Package::OpenedPackage> &package() const { return m_package; }
    /// Whether a Project API server of this deployment still runs (a retired one may take a
    /// moment to exit after finished(); serversStopped() follows).
    bool hasRunningServer() const;

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
    /// Something the user should know that does not stop the deployment: a warning about the
    /// model, a record or project state that could not be written (a full disk).
    void warning(const QString &text);
    /// No server of this deployment runs any more (after the last one stopped).
    void serversStopped();
    /// The outcome of profile().
    void profileFinished(const TinyDeploy::Result<TinyDeploy::MicroTvm::OperatorProfile> &profile);

private:
    void setState(DeploymentState state);
    void beginStep(DeploymentStep step);
    void finishStep(Result<void> result);
    void endDeployment(DeploymentState state);
    void failStep(const Error &error) { finishStep(std::unexpected<Error>(error)); }
    void enterCancelled();
    void maybeFinishCancel();
    bool cancelling() const { return m_facts.state == DeploymentState::Cancelling; }
    void logInfo(const QString &text);
    void log(DeploymentStep step, const QDateTime &when, const QString &text, LogStream stream);
    void warn(const QString &text);

    // Steps.
    void startStaging();
    void onStagingDone();
    void startGenerate();
    void startBuild();
    void startFlash();
    /// Build and flash: on the project's server (started when needed), the method's options,
    /// then @p done with the result; a failure fails the step.
    void callProject(
        const QString &method,
        std::function<void(const QJsonObject &, ProjectServer::Callback<QJsonValue>)> call,
        std::function<void(const QJsonValue &)> done);
    // A deployment from a package (deploymentpackage.cpp).
    void connectPackageFlasher();
    /// Checks and unpacks the package (first attempt), then flashes it by its recipe.
    void startPackageFlash();
    Result<void> openSettingsPackage();
    void onPackageFlashed(const Result<QJsonObject> &flashed);
    /// The package's run choice, always over the serial port.
    Result<void> decidePackageRun();
    void startConnect();
    void startRun();
    void runNextInput();
    void onInferenceFinished(const Result<Device::InferenceResult> &inference);

    Result<QJsonObject> optionsFor(const QList<ProjectApi::ProjectOption> &schema,
                                   const QString &method);
    void updateProjectState(const std::function<void(ProjectState &)> &change);
    /// Puts the board's USB serial number into the serial_number option when @p schema
    /// declares it and the user gave none (boardcheck.h).
    void fillSerialNumber(const QList<ProjectApi::ProjectOption> &schema);
    /// The options that name the board (generate's, the user's, the remembered ones).
    QJsonObject boardOptions() const;
    /// The fit check of the chosen board against @p model, unless settings.checkFit is off.
    Result<void> checkFitFor(const Mlf::ModelInfo &model, const QJsonObject &options);
    /// For a physical board: checks or finds its serial port by USB id and serial number.
    Result<void> resolveBoardPort();

    // Device.
    /// Decides how the project runs its model (runprotocol.h) and remembers it.
    Result<void> decideRun();
    /// Starts the project's server when the link is its transport, creates the runner, then
    /// @p next (a failure fails the step instead).
    void openRunner(std::function<void()> next);
    /// A runner for m_facts.runChoice (its link is opened by the runner); false after failing
    /// the step.
    bool createRunner();
    void runPrepared();
    void releaseDevice();

    DeploymentSettings m_settings;
    DeploymentFacts m_facts;
    ResultStore m_results;
    DeploymentRecord m_record;
    RecordWriter *m_writer = nullptr;
    ProjectServer *m_server = nullptr;
    StagingJob *m_staging = nullptr;
    Package::RecipeFlasher *m_flasher = nullptr;
    std::optional<Package::OpenedPackage> m_package;
    LinkFactory m_linkFactory;
    RunnerFactory m_runnerFactory;
    std::optional<std::chrono::milliseconds> m_deviceTimeout;
    std::optional<std::chrono::milliseconds> m_runTimeout;

    std::optional<DeploymentStep> m_step;
    std::optional<DeploymentStep> m_failedStep;
    QElapsedTimer m_stepTimer;
    int m_lastPercent = -1;
    quint64 m_request = 0; ///< Bumped on cancel and retry: stale callbacks are ignored.

    SampleKit m_kit;
    bool m_projectDirIsOurs = false;  ///< Created by this deployment's generate step.
    bool m_optionsResolved = false;   ///< m_facts.userOptions holds the user's values.
    bool m_optionsRemembered = false; ///< settings.optionValues came from the ProjectState.

    QPointer<Device::ModelRunner> m_runner;
    qsizetype m_nextInput = 0;
};

} // namespace TinyDeploy::Deploy
