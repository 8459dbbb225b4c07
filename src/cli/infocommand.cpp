#include "clitr.h"
#include "commands.h"
#include "output.h"

#include <mlf/modelarchive.h>

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

// `tinydeploy-cli info ARCHIVE [--json]`
//
// Exit codes: 0 summary printed, 1 the archive cannot be read (one-line error on stderr; with
// --json also {"error": {...}} on stdout), 2 wrong usage.
//
// JSON output (stable keys; new keys may be added, existing ones keep their meaning; sizes in
// bytes; unknown numbers are null):
// {
//   "path": str, "format": "tar" | "tar.gz" | "tar.xz" | "tar.zst" | "directory",
//   "archive_bytes": int, "member_count": int,
//   "mlf_version": int, "style": "full-model" | "operator", "tvm_version": str | null,
//   "runtime_included": bool, "templates_included": bool,
//   "modules": [{
//     "name": str, "executor": "aot" | "graph" | "", "targets": [str],
//     "export_time": str,
//     "inputs": [Tensor], "outputs": [Tensor],
//     "memory": [{"device": int, "workspace_bytes": int, "constants_bytes": int | null,
//                 "io_bytes": int | null}],
//     "pools": [{"name": str, "bytes": int | null, "constant": bool}],
//     "params": {"count": int, "bytes": int},
//     "entry_point": str | null, "entry_point_kind": "run" | "run_model" | "none",
//     "entry_point_member": str | null, "declared_entry_point": str | null,
//     "header": str | null, "relay": str | null, "graph": str | null,
//     "sources": [str], "source_bytes": int
//   }],
//   "warnings": [str]
// }
// Tensor: {"name": str, "c_name": str, "dtype": str | null, "shape": [int] | null,
//          "shape_source": str | null, "bytes": int | null}
// Error: {"error": {"code": str (errorCodeName), "message": str, "location": str, "hint": str}}

namespace TinyDeploy::Cli {

using namespace TinyDeploy::Mlf;

namespace {

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue bytesOrNull(qint64 bytes)
{
    return bytes < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(bytes);
}

QString entryPointKindName(EntryPointKind kind)
{
    switch (kind) {
    case EntryPointKind::Run:
        return QStringLiteral("run");
    case EntryPointKind::RunModel:
        return QStringLiteral("run_model");
    case EntryPointKind::None:
        break;
    }
    return QStringLiteral("none");
}

QJsonObject tensorToJson(const TensorInfo &tensor)
{
    QJsonValue shape(QJsonValue::Null);
    if (!tensor.shape.isEmpty() || !tensor.shapeSource.isEmpty()) {
        QJsonArray dims;
        for (const qint64 d : tensor.shape)
            dims.append(d);
        shape = dims;
    }
    return QJsonObject{{QStringLiteral("name"), tensor.name},
                       {QStringLiteral("c_name"), tensor.cName},
                       {QStringLiteral("dtype"), stringOrNull(tensor.dtype)},
                       {QStringLiteral("shape"), shape},
                       {QStringLiteral("shape_source"), stringOrNull(tensor.shapeSource)},
                       {QStringLiteral("bytes"), bytesOrNull(tensor.sizeBytes)}};
}

QJsonObject moduleToJson(const ModuleInfo &m)
{
    QJsonArray inputs;
    for (const TensorInfo &t : m.inputs)
        inputs.append(tensorToJson(t));
    QJsonArray outputs;
    for (const TensorInfo &t : m.outputs)
        outputs.append(tensorToJson(t));
    QJsonArray memory;
    for (const DeviceMemory &d : m.memory) {
        memory.append(QJsonObject{{QStringLiteral("device"), d.device},
                                  {QStringLiteral("workspace_bytes"), d.workspaceBytes},
                                  {QStringLiteral("constants_bytes"), bytesOrNull(d.constantsBytes)},
                                  {QStringLiteral("io_bytes"), bytesOrNull(d.ioBytes)}});
    }
    QJsonArray pools;
    for (const PoolInfo &p : m.pools) {
        pools.append(QJsonObject{{QStringLiteral("name"), p.name},
                                 {QStringLiteral("bytes"), bytesOrNull(p.sizeBytes)},
                                 {QStringLiteral("constant"), p.constant}});
    }
    return QJsonObject{
        {QStringLiteral("name"), m.name},
        {QStringLiteral("executor"), m.executor},
        {QStringLiteral("targets"), QJsonArray::fromStringList(m.targets)},
        {QStringLiteral("export_time"), m.exportTimeText},
        {QStringLiteral("inputs"), inputs},
        {QStringLiteral("outputs"), outputs},
        {QStringLiteral("memory"), memory},
        {QStringLiteral("pools"), pools},
        {QStringLiteral("params"),
         QJsonObject{{QStringLiteral("count"), m.params.size()},
                     {QStringLiteral("bytes"), m.paramsBytes}}},
        {QStringLiteral("entry_point"), stringOrNull(m.entryPoint)},
        {QStringLiteral("entry_point_kind"), entryPointKindName(m.entryPointKind)},
        {QStringLiteral("entry_point_member"), stringOrNull(m.entryPointMember)},
        {QStringLiteral("declared_entry_point"), stringOrNull(m.declaredEntryPoint)},
        {QStringLiteral("header"), stringOrNull(m.headerMember)},
        {QStringLiteral("relay"), stringOrNull(m.relayMember)},
        {QStringLiteral("graph"), stringOrNull(m.graphMember)},
        {QStringLiteral("sources"), QJsonArray::fromStringList(m.sourceMembers)},
        {QStringLiteral("source_bytes"), m.sourceBytes},
    };
}

QJsonObject infoToJson(const ModelInfo &info)
{
    QJsonArray modules;
    for (const ModuleInfo &m : info.modules)
        modules.append(moduleToJson(m));
    return QJsonObject{{QStringLiteral("path"), info.path},
                       {QStringLiteral("format"), formatName(info.format)},
                       {QStringLiteral("archive_bytes"), info.archiveBytes},
                       {QStringLiteral("member_count"), info.memberCount},
                       {QStringLiteral("mlf_version"), info.version},
                       {QStringLiteral("style"), info.style},
                       {QStringLiteral("tvm_version"), stringOrNull(info.tvmVersion)},
                       {QStringLiteral("runtime_included"), info.hasRuntime},
                       {QStringLiteral("templates_included"), info.hasTemplates},
                       {QStringLiteral("modules"), modules},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(info.warnings)}};
}

QString bytesText(qint64 bytes)
{
    if (bytes < 0)
        return Tr::tr("unknown");
    if (bytes < 1024)
        return Tr::tr("%1 B").arg(bytes);
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat)
           + Tr::tr(" (%1 B)").arg(bytes);
}

QString shapeText(const TensorInfo &t)
{
    if (t.shape.isEmpty())
        return t.shapeSource.isEmpty() ? Tr::tr("?") : QStringLiteral("[]");
    QStringList dims;
    for (const qint64 d : t.shape)
        dims << (d < 0 ? QStringLiteral("?") : QString::number(d));
    return QLatin1Char('[') + dims.join(QStringLiteral(", ")) + QLatin1Char(']');
}

void printTensors(QTextStream &s, const QString &title, const QList<TensorInfo> &tensors)
{
    s << "  " << title << '\n';
    if (tensors.isEmpty()) {
        s << "    " << Tr::tr("(unknown)") << '\n';
        return;
    }
    qsizetype nameWidth = Tr::tr("name").size();
    for (const TensorInfo &t : tensors)
        nameWidth = std::max(nameWidth, t.name.size());
    s << "    " << Tr::tr("name").leftJustified(nameWidth + 2) << Tr::tr("dtype").leftJustified(10)
      << Tr::tr("shape").leftJustified(18) << Tr::tr("bytes") << '\n';
    for (const TensorInfo &t : tensors) {
        s << "    " << t.name.leftJustified(nameWidth + 2)
          << (t.dtype.isEmpty() ? Tr::tr("?") : t.dtype).leftJustified(10)
          << shapeText(t).leftJustified(18)
          << (t.sizeBytes < 0 ? Tr::tr("?") : QString::number(t.sizeBytes)) << '\n';
    }
}

void printModule(QTextStream &s, const ModuleInfo &m)
{
    const auto row = [&s](const QString &label, const QString &value) {
        s << "  " << label.leftJustified(13) << value << '\n';
    };
    row(Tr::tr("Executor"), m.executor.isEmpty() ? Tr::tr("none (operator style)") : m.executor);
    row(Tr::tr("Target"), m.targets.join(QStringLiteral("; ")));
    row(Tr::tr("Exported"), m.exportTimeText);
    QString entry = m.sourceMembers.isEmpty() ? Tr::tr("unknown (the archive has no generated C)")
                                              : Tr::tr("not found in the generated C");
    if (!m.entryPoint.isEmpty())
        entry = Tr::tr("%1 (defined in %2)").arg(m.entryPoint, m.entryPointMember);
    row(Tr::tr("Entry point"), entry);
    if (!m.declaredEntryPoint.isEmpty() && m.declaredEntryPoint != m.entryPoint)
        row(Tr::tr("Declared"), Tr::tr("%1 (in %2)").arg(m.declaredEntryPoint, m.headerMember));
    printTensors(s, Tr::tr("Inputs"), m.inputs);
    printTensors(s, Tr::tr("Outputs"), m.outputs);
    s << "  " << Tr::tr("Memory") << '\n';
    for (const DeviceMemory &d : m.memory) {
        s << "    "
          << Tr::tr("device %1: workspace %2, constants %3, I/O %4")
                 .arg(d.device)
                 .arg(bytesText(d.workspaceBytes), bytesText(d.constantsBytes), bytesText(d.ioBytes))
          << '\n';
    }
    for (const PoolInfo &p : m.pools) {
        s << "    "
          << (p.constant ? Tr::tr("constant pool %1: %2") : Tr::tr("workspace pool %1: %2"))
                 .arg(p.name, bytesText(p.sizeBytes))
          << '\n';
    }
    if (m.memory.isEmpty() && m.pools.isEmpty())
        s << "    " << Tr::tr("(not recorded)") << '\n';
    if (m.hasParams || !m.params.isEmpty()) {
        s << "  " << Tr::tr("Params").leftJustified(13)
          << (m.params.isEmpty() ? Tr::tr("none (empty)")
                                 : Tr::tr("%n array(s), %1", nullptr, int(m.params.size()))
                                       .arg(bytesText(m.paramsBytes)))
          << '\n';
    }
    row(Tr::tr("Sources"),
        Tr::tr("%n file(s), %1", nullptr, int(m.sourceMembers.size())).arg(bytesText(m.sourceBytes)));
}

void printHuman(const ModelInfo &info)
{
    QTextStream &s = out();
    const auto row = [&s](const QString &label, const QString &value) {
        s << label.leftJustified(15) << value << '\n';
    };
    QStringList names;
    for (const ModuleInfo &m : info.modules)
        names << m.name;
    row(Tr::tr("Model"), names.join(QStringLiteral(", ")));
    row(Tr::tr("Archive"),
        Tr::tr("%1 (%2, %3)")
            .arg(QFileInfo(info.path).fileName(),
                 formatName(info.format),
                 bytesText(info.archiveBytes)));
    row(Tr::tr("MLF version"), QStringLiteral("%1 (%2)").arg(info.version).arg(info.style));
    row(Tr::tr("TVM version"), info.tvmVersion.isEmpty() ? Tr::tr("unknown") : info.tvmVersion);
    row(Tr::tr("Runtime"),
        info.hasRuntime ? Tr::tr("included (runtime/)")
                        : Tr::tr("not included; the template must provide the TVM C runtime"));
    for (const ModuleInfo &m : info.modules) {
        s << '\n' << Tr::tr("Module %1").arg(m.name) << '\n';
        printModule(s, m);
    }
    if (!info.warnings.isEmpty()) {
        s << '\n' << Tr::tr("Warnings") << '\n';
        for (const QString &w : info.warnings)
            s << "  - " << w << '\n';
    }
    s.flush();
}

} // namespace

int runInfo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Shows what a Model Library Format archive (.tar, .tar.gz, .tar.xz, .tar.zst or "
               "an extracted folder) contains: model, TVM version, executor, inputs and "
               "outputs, memory, runtime and entry point."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("json"), Tr::tr("Prints JSON for scripts instead of text.")});
    parser.addPositionalArgument(QStringLiteral("archive"), Tr::tr("The model archive or folder."));
    if (!parser.parse(arguments)) {
        err() << "tinydeploy-cli info: " << parser.errorText() << '\n' << parser.helpText();
        err().flush();
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        out().flush();
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        err() << "tinydeploy-cli info: "
              << (positional.isEmpty()
                      ? Tr::tr("missing ARCHIVE argument.")
                      : Tr::tr("expected one ARCHIVE, got %1.").arg(positional.size()))
              << '\n'
              << Tr::tr("Usage: tinydeploy-cli info ARCHIVE [--json]") << '\n';
        err().flush();
        return ExitUsage;
    }
    const bool json = parser.isSet(QStringLiteral("json"));

    const Result<ModelInfo> info = ModelArchive::summarize(positional.first());
    if (!info) {
        if (json) {
            const QJsonObject error{{QStringLiteral("code"), errorCodeName(info.error().code)},
                                    {QStringLiteral("message"), info.error().message},
                                    {QStringLiteral("location"), info.error().location},
                                    {QStringLiteral("hint"), info.error().hint}};
            out() << QString::fromUtf8(
                QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}).toJson());
        }
        printError(info.error());
        return ExitFailed;
    }
    if (json) {
        out() << QString::fromUtf8(QJsonDocument(infoToJson(*info)).toJson());
        out().flush();
    } else {
        printHuman(*info);
    }
    return ExitOk;
}

} // namespace TinyDeploy::Cli
