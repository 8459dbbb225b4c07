#pragma once

#include <device/messages.h>
#include <projectapi/projectoption.h>
#include <tensor/metrics.h>
#include <tensor/tensor.h>
#include <util/error.h>

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Value types of one deployment: what the Deployment controller is given, reports and records.

namespace TinyDeploy::Deploy {

/// Where a deployment is. Staging and Generating both belong to the Generate step.
enum class DeploymentState {
    Idle,
    Staging,
    Generating,
    Building,
    Flashing,
    Connecting,
    Running,
    Finished,
    Failed,
    Cancelling,
    Cancelled,
};

/// The steps, in order. A deployment may start at Build or Flash (an existing project) or at
/// Connect (re-running a flashed project), and stop after any step (DeploymentSettings).
enum class DeploymentStep { Generate, Build, Flash, Connect, Run };

/// Stable machine names ("building", "generate") used in records and JSON output.
QString stateName(DeploymentState state);
QString stepName(DeploymentStep step);
/// Translated headings ("Generate project", "Build", ...).
QString stepTitle(DeploymentStep step);
/// The state a step runs in (Generate: Generating; staging is reported as Staging first).
DeploymentState stateOfStep(DeploymentStep step);
inline constexpr int StepCount = 5;

/// Where a log line came from.
enum class LogStream {
    Stdout, ///< The server's (or its tools') standard output.
    Stderr, ///< The server's standard error.
    Device, ///< A LOG frame from the firmware.
    Info,   ///< TinyDeploy itself ("Starting the server of ...").
};
QString logStreamName(LogStream stream);

/// One set of model inputs, one tensor per model input in the device's order.
struct InputSet
{
    QString name;   ///< "sample_0", the file's base name, or "zeros".
    QString source; ///< The file(s) it came from; empty for generated inputs.
    QList<Tensor::Tensor> tensors;
};

/// Latency figures over the runs of one inference.
struct LatencySummary
{
    int runs = 0;
    bool hasCycles = false;
    quint64 minCycles = 0;
    quint64 medianCycles = 0;
    quint64 maxCycles = 0;
    double minUs = 0;
    double medianUs = 0;
    double maxUs = 0;

    static LatencySummary of(const QList<Device::RunLatency> &latencies, bool hasCycles);
};

/// The outcome of one input set on the device.
struct RunResult
{
    InputSet input;
    QStringList outputNames;
    QList<Tensor::Tensor> outputs; ///< Shaped and typed as the device announced.
    /// Real values of the quantized outputs whose scale and zero point the sample kit knows
    /// (SampleKit::outputQuant()), one per output; a null Tensor for the others. Empty when
    /// none is known.
    QList<Tensor::Tensor> dequantized;
    QList<Device::RunLatency> latencies;
    bool hasCycleCounts = false;
    bool cyclesEmulated = false;
    quint32 cyclesHz = 0;

    /// For single-output classifiers: top-k of output 0 with labels when known.
    QList<Tensor::RankedValue> topK;
    QStringList topKLabels;
    std::optional<qint64> trueClass; ///< From the sample's labels.json when known.

    /// Which run of the deployment produced it: 1 for its Run step, then one more for each
    /// Deployment::runAgain(); 0 when not made by a Deployment.
    quint32 round = 0;

    /// Expected outputs when known (bundled samples); empty otherwise.
    QList<Tensor::Tensor> expected;
    QList<Tensor::Comparison> comparisons; ///< One per output when expected is set.
    bool agreementKnown() const { return !comparisons.isEmpty(); }
    bool agrees() const;

    LatencySummary latency() const { return LatencySummary::of(latencies, hasCycleCounts); }
};

/// What one step ended with.
struct StepRecord
{
    DeploymentStep step = DeploymentStep::Generate;
    QDateTime started;
    QDateTime finished;
    qint64 wallMs = 0;   ///< Time from start to end of the step.
    qint64 serverMs = 0; ///< Of that, time spent waiting for server replies.
    int attempt = 0;     ///< 1 for the first try, 2 after one retry, ...
    bool done = false;
    std::optional<Error> error; ///< Set for a failed or cancelled step.
};

/// Everything a deployment needs. Only modelPath and templateDir are required for a full
/// deployment; one that starts at an existing project (firstStep Build, Flash or Connect)
/// needs projectDir, and takes what the project remembers (ProjectState: model, template,
/// options, serial port) for what is not given here. A deployment from a package needs only
/// packagePath and firstStep Flash: the package is checked and unpacked into the record
/// folder (package/), flashed by its recipe (the options and serialPort given here choose the
/// flasher and the board), and run with its sample inputs and expected outputs.
struct DeploymentSettings
{
    QString modelPath;
    QString templateDir;
    QString templateName; ///< For the record; default: the folder's name.
    /// Typed option values (from a form or remembered), applied first. Empty for a deployment
    /// that starts at an existing project: the options given when it was generated.
    QJsonObject optionValues;
    /// "name=value" as typed by the user, converted to each option's declared type.
    QStringList optionAssignments;
    /// The template's options as a catalog already knows them (TemplateInfo): when set,
    /// start() checks the options against them before anything runs, so that a wrong value
    /// is refused without starting a server. The server's own answer is still what counts.
    std::optional<QList<ProjectApi::ProjectOption>> knownTemplateOptions;
    /// Folder of the generated project; must not exist. Default: <record folder>/project.
    QString projectDir;
    /// Parent of the record folders. Default: AppLocalDataLocation/deployments.
    QString recordsRoot;
    /// The serial port; default: the "serial_port" of the flash result (our templates) or the
    /// one the project remembers. Its USB serial number, when the system lists one, fills the
    /// template's serial_number option unless the user gave it, so that the flasher and the
    /// serial port address the same board.
    QString serialPort;
    qint32 baudRate = 115200;
    /// Passed when the archive has no runtime/ (see StageOptions).
    QString standaloneCrtDir;
    /// Input sets to run. Default: the sample inputs of a bundled sample model, else one set
    /// of zeros (see Deployment's class comment).
    QList<InputSet> inputs;
    /// .npy / .npz files, read once the device has said what its inputs are; used when
    /// inputs is empty.
    QStringList inputFiles;
    /// Runs per input set (1 to Device::Protocol::MaxRuns).
    quint32 runs = 1;
    /// Where to begin: Generate for a new deployment; Build or Flash for a generated project;
    /// Connect to re-run a flashed project.
    DeploymentStep firstStep = DeploymentStep::Generate;
    /// Where to end (Finished after it): Run for a full deployment; Generate, Build or Flash
    /// for `tinydeploy-cli generate`, `build` and `flash`. Not before firstStep.
    DeploymentStep lastStep = DeploymentStep::Run;
    /// Refuse, before the project is generated, a model the fit check says does not fit the
    /// chosen board (boards.json). `--no-fit-check` of the CLI clears it.
    bool checkFit = true;
    /// Top-k size for classifier outputs.
    int topK = 3;
    /// Leave the serial port and the device session open when the Run step finishes (or the
    /// Connect step, when it is the last one: a validation follows), so that
    /// Deployment::runAgain() runs on the same connection (a board that resets when its port
    /// opens is not rebooted). The GUI sets it; a one-shot client (the CLI) leaves it false and
    /// the port closes when the deployment ends. Deployment::closeDevice() closes it.
    bool keepDeviceOpen = false;
    /// A deployment package (.tdpkg). A deployment with it set runs Flash, Connect and Run
    /// from the package with no server.
    QString packagePath;
};

} // namespace TinyDeploy::Deploy
