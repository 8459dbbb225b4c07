#pragma once

#include <device/modelrunner.h>
#include <util/error.h>

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

// Which protocol a project speaks, and over which link: decided from the template and the
// model, never guessed from a failure.

namespace TinyDeploy::Deploy {

/// How the host reaches the device for the Run step.
enum class RunLink {
    SerialPort,          ///< The device's serial port, opened by TinyDeploy itself.
    ProjectApiTransport, ///< The project server's open/read/write/close_transport.
};

/// "serial-port", "project-api-transport": stable names for project.json and --json output.
QString runLinkName(RunLink link);

/// The model's executor as microTVM RPC drives it.
enum class RunExecutor { None, Graph, Aot };

/// "graph", "aot", or "" for None.
QString runExecutorName(RunExecutor executor);

/// @brief How a project runs its model: the protocol, the link and (for microTVM RPC) the
/// executor on the device. Remembered in the project's ProjectState.
struct RunChoice
{
    Device::RunProtocol protocol = Device::RunProtocol::Framed;
    RunLink link = RunLink::SerialPort;
    RunExecutor executor = RunExecutor::None; ///< None for our framed protocol.

    /// Per-operator profiles need the graph executor over microTVM RPC.
    bool canProfile() const
    {
        return protocol == Device::RunProtocol::MicroTvmRpc && executor == RunExecutor::Graph;
    }

    /// {"protocol": "microtvm-rpc", "link": "project-api-transport", "executor": "graph"}.
    QJsonObject toJson() const;
    /// std::nullopt when @p value is not such an object (older project.json files).
    static std::optional<RunChoice> fromJson(const QJsonValue &value);
    bool operator==(const RunChoice &) const = default;
};

/// For the user: "microTVM RPC, graph executor, over the Project API transport" or
/// "TinyDeploy protocol, over the serial port /dev/pts/3" (@p serialPort when known).
QString describeRun(const RunChoice &choice, const QString &serialPort = {});

/// What the model archive says that matters for running it (see modelRunFacts()).
struct ModelRunFacts
{
    QString executor;           ///< metadata.json's executor: "aot", "graph", or empty.
    bool systemLib = false;     ///< The code defines TVMSystemLibEntryPoint (CRT system library).
    bool aotCInterface = false; ///< AOT with the C interface (tvmgen_<mod>.h, tvmgen_<mod>_run).
};

/// @brief Everything the decision looks at, gathered by the caller (see chooseRun()).
struct RunFacts
{
    /// The project is one of our templates' (isOurProject()), so its firmware is ours.
    bool ourTemplate = false;
    /// The project type: the flash result's "project_type" when the template reports it, else
    /// the project_type option the user gave; empty when neither says (our templates: standalone;
    /// TVM's CRT host template has no project types and is always host-driven).
    QString projectType;
    ModelRunFacts model;
    /// The device's serial port when the project says where the device is (given by the user,
    /// reported by the flash, remembered); empty otherwise.
    QString serialPort;
    /// The user named the port (--port, the port list), rather than the flash reporting it.
    bool portGiven = false;
    /// Names the project in errors.
    QString projectDir;
};

/// The project type under which a project is driven over microTVM RPC.
inline constexpr char hostDrivenProjectType[] = "host_driven";

/// @brief Decides how @p facts's project runs its model:
/// - our templates: project_type host_driven speaks microTVM RPC, anything else our framed
///   protocol over the serial port;
/// - a foreign template (TVM's CRT host, Zephyr or Arduino): microTVM RPC when host-driven (no
///   project type, or host_driven); a standalone project type can be driven by neither;
/// - microTVM RPC needs a graph-executor archive built with the CRT system library, or a
///   packed-API AOT one; the AOT C interface only runs in standalone firmware;
/// - the link is the serial port when one is known, else the Project API transport (framed
///   always uses the serial port: the caller asks for it). Our host-driven projects (a host
///   runner or QEMU, which their server starts afresh at open_transport) use the transport
///   unless the user named the port: the CRT makes one graph executor per boot, so a second
///   connection to a device that already ran would fail.
/// Fails with one sentence saying why and what to do next.
Result<RunChoice> chooseRun(const RunFacts &facts);

/// What @p modelDir (an extracted MLF folder, or an archive) says about running it: the
/// executor from metadata.json, whether the generated code (C sources and objects under
/// codegen/host) defines TVMSystemLibEntryPoint, whether it has the AOT C interface.
Result<ModelRunFacts> modelRunFacts(const QString &modelDir);

/// The project type a flash result or option set names (@p flashResult's "project_type",
/// else @p options' "project_type"), empty when neither does.
QString projectTypeOf(const QJsonValue &flashResult, const QJsonObject &options);
/// Whether @p flashResult is our templates' answer (an object naming "serial_port").
bool isOurFlashResult(const QJsonValue &flashResult);
/// Whether @p projectDir was generated by one of our templates: its flash result names the
/// device's port, or it carries our server library (tdserver/, copied into every project ours
/// generate; a real board's flash names no port, the user gives it).
bool isOurProject(const QString &projectDir, const QJsonValue &flashResult);

/// @brief Gathers the facts of the project in @p projectDir: its template from
/// @p flashResult, its project type from @p flashResult or @p options, its model from the
/// extracted model/ folder (else @p modelPath, the archive it was generated from), and the
/// device's port: @p serialPort, else the options' "port", else the port of the board whose
/// USB serial number the options' "serial_number" names.
Result<RunFacts> projectRunFacts(const QString &projectDir,
                                 const QJsonValue &flashResult,
                                 const QJsonObject &options,
                                 const QString &serialPort,
                                 const QString &modelPath = {});

/// @brief What `tinydeploy-cli run` asks before it connects: the choice the project remembers
/// (ProjectState::run), else projectRunFacts() from what it remembers (flash result, options,
/// port, model) with @p serialPort (given by the user) winning, then chooseRun(). The Connect
/// step decides afresh and remembers its choice.
Result<RunChoice> runChoiceForProject(const QString &projectDir, const QString &serialPort);

} // namespace TinyDeploy::Deploy
