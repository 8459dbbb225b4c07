#include "modelplan.h"

#include "graphlayout.h"
#include "microtvmtr.h"
#include "paramsblob.h"

#include <mlf/metadataparser.h>
#include <tensor/dtype.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>

namespace TinyDeploy::MicroTvm {

namespace {

constexpr qint64 MaxMemberBytes = 256 * 1024 * 1024;

Result<QByteArray> readMember(const QDir &dir, const QString &member, bool required)
{
    QFile file(dir.filePath(member));
    if (!file.exists()) {
        if (!required)
            return QByteArray();
        return fail(ErrorCode::MissingMetadata,
                    Tr::tr("The model archive has no %1.").arg(member),
                    dir.filePath(member),
                    Tr::tr("Export the model again with tvm.micro.export_model_library_format."));
    }
    if (file.size() > MaxMemberBytes)
        return fail(ErrorCode::LimitExceeded,
                    Tr::tr("%1 is too large.").arg(member),
                    file.fileName());
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io,
                    Tr::tr("Cannot read %1: %2.").arg(member, file.errorString()),
                    file.fileName());
    return file.readAll();
}

/// Whether a C file of the generated code contains @p text.
bool codegenContains(const QDir &dir, const QByteArray &text)
{
    QDirIterator it(dir.filePath(QStringLiteral("codegen")),
                    {QStringLiteral("*.c"), QStringLiteral("*.cc")},
                    QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(text))
            return true;
    }
    return false;
}

Result<Device::TensorInfo> deviceTensor(const QString &name,
                                        const QString &dtypeText,
                                        const QList<qint64> &shape,
                                        const QString &where)
{
    const auto dtype = Tensor::DType::parse(dtypeText);
    if (!dtype)
        return fail(ErrorCode::UnsupportedDType,
                    Tr::tr("Tensor '%1' has the dtype '%2', which TinyDeploy cannot send.")
                        .arg(name, dtypeText),
                    where);
    Device::TensorInfo info;
    info.name = name;
    info.dtypeCode = quint8(dtype->code());
    info.dtypeBits = quint8(dtype->bits());
    qint64 elements = 1;
    for (const qint64 d : shape) {
        if (d < 0 || d > std::numeric_limits<qint32>::max())
            return fail(ErrorCode::InvalidValue,
                        Tr::tr("Tensor '%1' has a dimension of %2.").arg(name).arg(d),
                        where);
        info.shape.append(qint32(d));
        elements *= d;
    }
    info.bytes = quint32(elements * ((dtype->bits() * dtype->lanes() + 7) / 8));
    return info;
}

} // namespace

QString executorName(Executor executor)
{
    return executor == Executor::Aot ? Tr::tr("AOT executor") : Tr::tr("graph executor");
}

Result<ModelPlan> planFromMlf(const QString &extractedMlfDir)
{
    const QDir dir(extractedMlfDir);
    const auto metadataBytes = readMember(dir, QStringLiteral("metadata.json"), true);
    if (!metadataBytes)
        return fail(metadataBytes.error());
    const auto metadata = Mlf::parseMetadata(*metadataBytes);
    if (!metadata)
        return fail(metadata.error());
    if (metadata->modules.isEmpty())
        return fail(ErrorCode::MissingField,
                    Tr::tr("metadata.json lists no module."),
                    dir.filePath(QStringLiteral("metadata.json")));
    const Mlf::ModuleInfo &module = metadata->modules.first();

    ModelPlan plan;
    plan.moduleName = module.name.isEmpty() ? QStringLiteral("default") : module.name;
    plan.model = plan.moduleName;
    if (module.executor == u"aot")
        plan.executor = Executor::Aot;
    else if (module.executor == u"graph" || module.executor.isEmpty())
        plan.executor = Executor::Graph;
    else
        return fail(ErrorCode::InvalidValue,
                    Tr::tr("The model uses the executor '%1', which microTVM RPC cannot drive.")
                        .arg(module.executor),
                    dir.filePath(QStringLiteral("metadata.json")));

    if (!codegenContains(dir, "TVMSystemLibEntryPoint")) {
        return fail(ErrorCode::InvalidValue,
                    Tr::tr("The model cannot run over microTVM RPC: the archive was not built "
                           "with --runtime-crt-system-lib (its generated code has no "
                           "TVMSystemLibEntryPoint)."),
                    dir.filePath(QStringLiteral("codegen")),
                    Tr::tr("Build it again with the CRT system library (tvmc compile "
                           "--runtime=crt --runtime-crt-system-lib 1, or "
                           "Runtime(\"crt\", {\"system-lib\": True}) in relay.build), or use "
                           "a standalone project."));
    }

    const QString graphMember = QStringLiteral("executor-config/graph/%1.graph").arg(plan.moduleName);
    if (plan.executor == Executor::Graph) {
        auto graph = readMember(dir, graphMember, true);
        if (!graph)
            return fail(graph.error());
        plan.graphJson = *graph;
    }
    auto params = readMember(dir,
                             QStringLiteral("parameters/%1.params").arg(plan.moduleName),
                             false);
    if (!params)
        return fail(params.error());
    plan.params = *params;
    // Built with link-params: the executor finds the weights in the firmware (their tensors
    // are constants there, which load_params would write to).
    plan.paramsLinked = codegenContains(dir, "_lookup_linked_param");

    // metadata.json names the tensors; shapes come from the graph (by argument name, heads in
    // order) or, for AOT, from the sizes metadata records.
    std::optional<GraphLayout> layout;
    if (plan.executor == Executor::Graph) {
        auto parsed = parseGraphLayout(plan.graphJson, graphMember);
        if (!parsed)
            return fail(parsed.error());
        layout = *parsed;
    }
    const auto graphEntry = [&](const QString &name, int outputIndex) -> const GraphEntry * {
        if (!layout)
            return nullptr;
        if (outputIndex >= 0) {
            const int entry = layout->outputEntries.value(outputIndex, -1);
            return entry >= 0 ? &layout->entries[entry] : nullptr;
        }
        for (const int n : layout->argNodes) {
            if (layout->nodes.value(n).name == name)
                return &layout->entries[layout->nodes[n].firstEntry];
        }
        return nullptr;
    };
    for (const bool outputs : {false, true}) {
        const QList<Mlf::TensorInfo> &source = outputs ? module.outputs : module.inputs;
        for (int i = 0; i < source.size(); ++i) {
            const Mlf::TensorInfo &t = source[i];
            QList<qint64> shape = t.shape;
            QString dtype = t.dtype;
            if (const GraphEntry *e = graphEntry(t.name, outputs ? i : -1); e && shape.isEmpty()) {
                shape = e->shape;
                if (dtype.isEmpty())
                    dtype = e->dtype;
            }
            auto info = deviceTensor(t.name,
                                     dtype,
                                     shape,
                                     dir.filePath(QStringLiteral("metadata.json")));
            if (!info)
                return fail(info.error());
            if (shape.isEmpty() && t.sizeBytes > 0)
                info->bytes = quint32(t.sizeBytes);
            (outputs ? plan.outputs : plan.inputs).append(*info);
        }
    }
    if (plan.executor == Executor::Graph && (plan.inputs.isEmpty() || plan.outputs.isEmpty())) {
        // Older metadata has no inputs/outputs: the graph's arguments that are not params,
        // and its heads.
        QStringList paramNames;
        if (!plan.params.isEmpty()) {
            const auto decoded = readParams(plan.params);
            if (!decoded)
                return fail(decoded.error());
            for (const ParamTensor &p : *decoded)
                paramNames.append(p.name);
        }
        QList<Device::TensorInfo> inputs, outputs;
        for (const int n : layout->argNodes) {
            const GraphNode &node = layout->nodes.value(n);
            if (paramNames.contains(node.name))
                continue;
            const GraphEntry &e = layout->entries.value(node.firstEntry);
            auto info = deviceTensor(node.name, e.dtype, e.shape, graphMember);
            if (!info)
                return fail(info.error());
            inputs.append(*info);
        }
        for (int i = 0; i < layout->outputEntries.size(); ++i) {
            const GraphEntry &e = layout->entries.value(layout->outputEntries[i]);
            auto info = deviceTensor(QStringLiteral("output%1").arg(i),
                                     e.dtype,
                                     e.shape,
                                     graphMember);
            if (!info)
                return fail(info.error());
            outputs.append(*info);
        }
        if (plan.inputs.isEmpty())
            plan.inputs = inputs;
        if (plan.outputs.isEmpty())
            plan.outputs = outputs;
    }
    return plan;
}

} // namespace TinyDeploy::MicroTvm
