#include "runprotocol.h"
#include "deploytr.h"
#include "projectstate.h"

#include <device/portdiscovery.h>
#include <mlf/modelarchive.h>

#include <QDir>
#include <QFileInfo>

namespace TinyDeploy::Deploy {

namespace {

constexpr char projectTypeKey[] = "project_type";
// Each generated source or object file is searched whole; bigger ones are not code we wrote.
constexpr qint64 maxCodeFileBytes = 256 * 1024 * 1024;

Error cannotRun(const QString &message, const QString &location, const QString &hint)
{
    return makeError(ErrorCode::StepFailed, message, location, hint);
}

} // namespace

QString runLinkName(RunLink link)
{
    switch (link) {
    case RunLink::SerialPort:
        return QStringLiteral("serial-port");
    case RunLink::ProjectApiTransport:
        return QStringLiteral("project-api-transport");
    }
    return {};
}

QString runExecutorName(RunExecutor executor)
{
    switch (executor) {
    case RunExecutor::None:
        return {};
    case RunExecutor::Graph:
        return QStringLiteral("graph");
    case RunExecutor::Aot:
        return QStringLiteral("aot");
    }
    return {};
}

QJsonObject RunChoice::toJson() const
{
    QJsonObject object{{QStringLiteral("protocol"), Device::runProtocolName(protocol)},
                       {QStringLiteral("link"), runLinkName(link)}};
    if (executor != RunExecutor::None)
        object.insert(QStringLiteral("executor"), runExecutorName(executor));
    return object;
}

std::optional<RunChoice> RunChoice::fromJson(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    const QString protocol = object.value(QStringLiteral("protocol")).toString();
    const QString link = object.value(QStringLiteral("link")).toString();
    const QString executor = object.value(QStringLiteral("executor")).toString();
    RunChoice choice;
    if (protocol == Device::runProtocolName(Device::RunProtocol::Framed))
        choice.protocol = Device::RunProtocol::Framed;
    else if (protocol == Device::runProtocolName(Device::RunProtocol::MicroTvmRpc))
        choice.protocol = Device::RunProtocol::MicroTvmRpc;
    else
        return std::nullopt;
    if (link == runLinkName(RunLink::SerialPort))
        choice.link = RunLink::SerialPort;
    else if (link == runLinkName(RunLink::ProjectApiTransport))
        choice.link = RunLink::ProjectApiTransport;
    else
        return std::nullopt;
    if (executor == runExecutorName(RunExecutor::Graph))
        choice.executor = RunExecutor::Graph;
    else if (executor == runExecutorName(RunExecutor::Aot))
        choice.executor = RunExecutor::Aot;
    return choice;
}

QString describeRun(const RunChoice &choice, const QString &serialPort)
{
    QString protocol;
    if (choice.protocol == Device::RunProtocol::Framed) {
        protocol = Tr::tr("TinyDeploy protocol");
    } else if (choice.executor == RunExecutor::Aot) {
        protocol = Tr::tr("microTVM RPC, AOT executor");
    } else {
        protocol = Tr::tr("microTVM RPC, graph executor");
    }
    if (choice.link == RunLink::ProjectApiTransport)
        return Tr::tr("%1, over the Project API transport").arg(protocol);
    if (serialPort.isEmpty())
        return Tr::tr("%1, over the serial port").arg(protocol);
    return Tr::tr("%1, over the serial port %2").arg(protocol, serialPort);
}

Result<RunChoice> chooseRun(const RunFacts &facts)
{
    const bool hostDriven = facts.projectType == QLatin1String(hostDrivenProjectType);
    RunChoice choice;
    if (facts.ourTemplate && !hostDriven)
        return choice; // our standalone firmware speaks our framed protocol
    if (!facts.ourTemplate && !facts.projectType.isEmpty() && !hostDriven) {
        return fail(
            cannotRun(Tr::tr(
                          "This project's firmware (project_type %1) runs the model on its own and "
                          "speaks neither TinyDeploy's protocol nor microTVM RPC.")
                          .arg(facts.projectType),
                      facts.projectDir,
                      Tr::tr("Generate the project again with project_type host_driven.")));
    }

    choice.protocol = Device::RunProtocol::MicroTvmRpc;
    const bool freshBootPerConnection = facts.ourTemplate && !facts.portGiven;
    choice.link = facts.serialPort.isEmpty() || freshBootPerConnection
                      ? RunLink::ProjectApiTransport
                      : RunLink::SerialPort;
    const ModelRunFacts &model = facts.model;
    if (model.executor == QLatin1String("aot")) {
        if (model.aotCInterface) {
            return fail(cannotRun(
                Tr::tr("This archive uses the AOT executor's C interface, which only runs in "
                       "standalone firmware."),
                facts.projectDir,
                Tr::tr("Generate the project with project_type standalone, or export the model "
                       "with the graph executor.")));
        }
        choice.executor = RunExecutor::Aot;
    } else if (model.executor == QLatin1String("graph")) {
        choice.executor = RunExecutor::Graph;
    } else {
        return fail(cannotRun(
            Tr::tr("The archive names no graph or AOT executor, so microTVM RPC cannot run it."),
            facts.projectDir,
            Tr::tr("Export the whole model with tvmc compile --executor=graph "
                   "--runtime=crt --runtime-crt-system-lib=1.")));
    }
    if (!model.systemLib) {
        return fail(cannotRun(
            Tr::tr("The archive was not built with --runtime-crt-system-lib, and microTVM RPC "
                   "finds the model's functions only in the CRT system library."),
            facts.projectDir,
            Tr::tr("Export the model again with --runtime=crt --runtime-crt-system-lib=1.")));
    }
    return choice;
}

Result<ModelRunFacts> modelRunFacts(const QString &modelDir)
{
    Result<Mlf::ModelInfo> info = Mlf::ModelArchive::summarize(modelDir);
    if (!info)
        return fail(info.error());
    ModelRunFacts facts;
    if (!info->modules.isEmpty())
        facts.executor = info->modules.constFirst().executor;
    Result<QList<Mlf::MemberEntry>> members = Mlf::ModelArchive::list(modelDir);
    if (!members)
        return fail(members.error());
    bool cMetadata = false;
    for (const Mlf::MemberEntry &member : std::as_const(*members)) {
        if (member.type != Mlf::MemberType::File
            || !(member.name.startsWith(QLatin1String("codegen/host/src/"))
                 || member.name.startsWith(QLatin1String("codegen/host/lib/")))) {
            continue;
        }
        Result<QByteArray> code = Mlf::ModelArchive::readMember(modelDir,
                                                                member.name,
                                                                maxCodeFileBytes);
        if (!code)
            return fail(code.error());
        // The definition, or the symbol in an object's symbol table.
        facts.systemLib = facts.systemLib || code->contains("TVMSystemLibEntryPoint");
        cMetadata = cMetadata || code->contains("_get_c_metadata");
    }
    // The packed-API AOT code carries its C metadata for tvm.aot_executor.create; the C
    // interface has neither that nor a use for it.
    facts.aotCInterface = facts.executor == QLatin1String("aot") && !cMetadata;
    return facts;
}

QString projectTypeOf(const QJsonValue &flashResult, const QJsonObject &options)
{
    const QJsonValue reported = flashResult.toObject().value(QLatin1String(projectTypeKey));
    if (reported.isString() && !reported.toString().isEmpty())
        return reported.toString();
    const QJsonValue option = options.value(QLatin1String(projectTypeKey));
    return option.isString() ? option.toString() : QString();
}

bool isOurFlashResult(const QJsonValue &flashResult)
{
    return flashResult.toObject().value(QStringLiteral("serial_port")).isString();
}

bool isOurProject(const QString &projectDir, const QJsonValue &flashResult)
{
    return isOurFlashResult(flashResult)
           || QFileInfo(QDir(projectDir).filePath(QStringLiteral("tdserver/__main__.py"))).isFile();
}

Result<RunFacts> projectRunFacts(const QString &projectDir,
                                 const QJsonValue &flashResult,
                                 const QJsonObject &options,
                                 const QString &serialPort,
                                 const QString &modelPath)
{
    RunFacts facts;
    facts.projectDir = projectDir;
    facts.ourTemplate = isOurProject(projectDir, flashResult);
    facts.projectType = projectTypeOf(flashResult, options);
    facts.serialPort = serialPort;
    if (facts.serialPort.isEmpty())
        facts.serialPort = options.value(QStringLiteral("port")).toString();
    if (facts.serialPort.isEmpty()) {
        const QString serial = options.value(QStringLiteral("serial_number")).toString();
        if (const std::optional<Device::PortInfo> port
            = Device::findBySerialNumber(Device::systemPorts(), serial)) {
            facts.serialPort = port->systemLocation;
        }
    }
    if (facts.ourTemplate && facts.projectType != QLatin1String(hostDrivenProjectType))
        return facts; // framed: the model is the firmware's business
    const QString extracted = projectDir + QStringLiteral("/model");
    const QString model = QFileInfo::exists(extracted + QStringLiteral("/metadata.json"))
                              ? extracted
                              : modelPath;
    if (model.isEmpty()) {
        return fail(ErrorCode::NotFound,
                    Tr::tr("The project has no extracted model (model/metadata.json) and "
                           "remembers no model archive."),
                    projectDir,
                    Tr::tr("Generate the project again with TinyDeploy."));
    }
    Result<ModelRunFacts> read = modelRunFacts(model);
    if (!read)
        return fail(read.error());
    facts.model = *read;
    return facts;
}

Result<RunChoice> runChoiceForProject(const QString &projectDir, const QString &serialPort)
{
    Result<std::optional<ProjectState>> state = ProjectState::load(projectDir);
    if (!state)
        return fail(state.error());
    const ProjectState remembered = *state ? **state : ProjectState();
    if (serialPort.isEmpty() && remembered.run)
        return *remembered.run;
    QString port = serialPort;
    if (port.isEmpty()) {
        Result<QString> rememberedPort = rememberedSerialPort(projectDir);
        if (!rememberedPort)
            return fail(rememberedPort.error());
        port = *rememberedPort;
    }
    Result<RunFacts> facts = projectRunFacts(projectDir,
                                             remembered.flashResult,
                                             remembered.options,
                                             port,
                                             remembered.modelPath);
    if (!facts)
        return fail(facts.error());
    facts->portGiven = !serialPort.isEmpty();
    return chooseRun(*facts);
}

} // namespace TinyDeploy::Deploy
