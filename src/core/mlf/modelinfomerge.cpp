#include "modelinfomerge.h"

#include "mlftr.h"

#include <QSet>

#include <limits>

namespace TinyDeploy::Mlf {

namespace {

// -1 when a dimension is unknown or the product overflows.
qint64 tensorBytes(const QList<qint64> &shape, const QString &dtype)
{
    const int element = dtypeBytes(dtype);
    if (element <= 0)
        return -1;
    qint64 bytes = element;
    for (const qint64 dim : shape) {
        if (dim < 0 || (dim != 0 && bytes > std::numeric_limits<qint64>::max() / dim))
            return -1;
        bytes *= dim;
    }
    return bytes;
}

bool sameTensor(const QString &a, const QString &b)
{
    return a == b || sanitizeName(a) == sanitizeName(b);
}

// The relay text keeps %v_param_N arguments for bound constants in older exports; the params
// file names the others.
bool isParameter(const QString &name, const QSet<QString> &paramNames, bool guessP)
{
    if (name.startsWith(QLatin1String("v_param_")) || paramNames.contains(name))
        return true;
    if (!guessP || name.size() < 2 || name.at(0) != QLatin1Char('p'))
        return false;
    for (qsizetype i = 1; i < name.size(); ++i) {
        if (!name.at(i).isDigit())
            return false;
    }
    return true;
}

// TVM's default output names: "output" for one tensor, "output0", "output1", ... for tuples.
QStringList outputNames(qsizetype count, const QStringList &declared)
{
    if (declared.size() == count)
        return declared;
    if (count == 1)
        return {QStringLiteral("output")};
    QStringList names;
    for (qsizetype i = 0; i < count; ++i)
        names << QStringLiteral("output%1").arg(i);
    return names;
}

// Stable reorder of @p tensors by their position in @p order (unknown names last).
void orderBy(QList<TensorInfo> &tensors, const QStringList &order)
{
    if (order.isEmpty())
        return;
    const auto rank = [&](const TensorInfo &t) {
        for (qsizetype i = 0; i < order.size(); ++i) {
            if (sameTensor(order.at(i), t.name))
                return i;
        }
        return order.size();
    };
    std::stable_sort(tensors.begin(), tensors.end(), [&](const TensorInfo &a, const TensorInfo &b) {
        return rank(a) < rank(b);
    });
}

TensorInfo tensor(const QString &name,
                  const QList<qint64> &shape,
                  const QString &dtype,
                  const QString &source)
{
    TensorInfo t;
    t.name = name;
    t.cName = sanitizeName(name);
    t.dtype = dtype;
    t.shape = shape;
    t.shapeSource = source;
    return t;
}

QString shapeText(const QList<qint64> &shape)
{
    QStringList dims;
    for (const qint64 d : shape)
        dims << (d < 0 ? QStringLiteral("?") : QString::number(d));
    return QLatin1Char('[') + dims.join(QStringLiteral(", ")) + QLatin1Char(']');
}

// Early archives (v5 and before, no relay return type) leave one tensor's size unknown; the
// CPU's io_size_bytes is the sum of all inputs and outputs, so the missing one follows.
void deriveLastUnknownSize(ModuleInfo &module)
{
    if (module.memory.size() != 1 || module.memory.constFirst().ioBytes < 0)
        return;
    TensorInfo *unknown = nullptr;
    qint64 known = 0;
    for (QList<TensorInfo> *tensors : {&module.inputs, &module.outputs}) {
        for (TensorInfo &t : *tensors) {
            if (t.sizeBytes >= 0) {
                known += t.sizeBytes;
            } else if (unknown) {
                return; // more than one unknown: nothing follows
            } else {
                unknown = &t;
            }
        }
    }
    const qint64 remaining = module.memory.constFirst().ioBytes - known;
    if (unknown && remaining > 0)
        unknown->sizeBytes = remaining;
}

} // namespace

void completeModuleInfo(ModuleInfo &module,
                        const ModuleEvidence &evidence,
                        QStringList &warnings,
                        bool multiModule)
{
    const auto warn = [&](const QString &text) {
        warnings << (multiModule ? Tr::tr("Module \"%1\": %2").arg(module.name, text) : text);
    };

    if (!evidence.relayMember.isEmpty())
        module.relayMember = evidence.relayMember;
    if (!evidence.graphMember.isEmpty())
        module.graphMember = evidence.graphMember;
    if (!evidence.headerMember.isEmpty())
        module.headerMember = evidence.headerMember;

    QSet<QString> paramNames;
    if (evidence.params) {
        module.hasParams = true;
        module.params = *evidence.params;
        module.paramsBytes = 0;
        for (const ParamInfo &p : std::as_const(module.params)) {
            module.paramsBytes += p.sizeBytes;
            paramNames.insert(p.name);
        }
    }

    const HeaderInfo *header = evidence.header ? &*evidence.header : nullptr;
    if (header) {
        module.declaredEntryPoint = header->declaredEntryPoint;
        if (module.pools.isEmpty())
            module.pools = header->pools;
        if (module.memory.isEmpty() && header->workspaceBytes >= 0) {
            DeviceMemory memory;
            memory.workspaceBytes = header->workspaceBytes;
            module.memory << memory;
        }
    }

    if (evidence.entryPoint != EntryPointKind::None) {
        module.entryPointKind = evidence.entryPoint;
        module.entryPoint = evidence.entryPointSymbol;
        module.entryPointMember = evidence.entryPointMember;
    }

    // The model's own order of inputs and outputs, and the tensors each source describes.
    QList<TensorInfo> relayInputs;
    QList<TensorInfo> relayOutputs;
    if (evidence.relay) {
        for (const RelayTensor &p : evidence.relay->params) {
            if (!isParameter(p.name, paramNames, false))
                relayInputs << tensor(p.name, p.shape, p.dtype, QStringLiteral("relay"));
        }
        const QStringList names = outputNames(evidence.relay->results.size(),
                                              evidence.relay->outputTensorNames);
        for (qsizetype i = 0; i < evidence.relay->results.size(); ++i) {
            const RelayTensor &r = evidence.relay->results.at(i);
            relayOutputs << tensor(names.at(i), r.shape, r.dtype, QStringLiteral("relay"));
        }
    }
    QList<TensorInfo> graphInputs;
    QList<TensorInfo> graphOutputs;
    if (evidence.graph) {
        for (const GraphTensor &a : evidence.graph->arguments) {
            if (!isParameter(a.name, paramNames, paramNames.isEmpty()))
                graphInputs << tensor(a.name, a.shape, a.dtype, QStringLiteral("graph"));
        }
        const QStringList names = outputNames(evidence.graph->outputs.size(),
                                              evidence.relay ? evidence.relay->outputTensorNames
                                                             : QStringList());
        for (qsizetype i = 0; i < evidence.graph->outputs.size(); ++i) {
            const GraphTensor &o = evidence.graph->outputs.at(i);
            graphOutputs << tensor(names.at(i), o.shape, o.dtype, QStringLiteral("graph"));
        }
    }
    const auto headerTensors = [&](const QStringList &members) {
        QList<TensorInfo> list;
        for (const QString &m : members) {
            TensorInfo t;
            t.name = m;
            t.cName = m;
            list << t;
        }
        return list;
    };

    const auto names = [](const QList<TensorInfo> &list) {
        QStringList result;
        for (const TensorInfo &t : list)
            result << t.name;
        return result;
    };

    const auto complete = [&](QList<TensorInfo> &tensors,
                              const QList<TensorInfo> &fromRelay,
                              const QList<TensorInfo> &fromGraph,
                              const QStringList &headerMembers) {
        if (tensors.isEmpty()) {
            if (!fromRelay.isEmpty())
                tensors = fromRelay;
            else if (!fromGraph.isEmpty())
                tensors = fromGraph;
            else
                tensors = headerTensors(headerMembers);
        }
        // metadata.json is sorted alphabetically; the header and relay keep the model's order.
        if (!headerMembers.isEmpty())
            orderBy(tensors, headerMembers);
        else if (!fromRelay.isEmpty())
            orderBy(tensors, names(fromRelay));
        else
            orderBy(tensors, names(fromGraph));

        for (TensorInfo &t : tensors) {
            if (t.cName.isEmpty())
                t.cName = sanitizeName(t.name);
            if (t.shapeSource.isEmpty()) {
                for (const QList<TensorInfo> *source : {&fromRelay, &fromGraph}) {
                    const auto match = std::find_if(source->cbegin(),
                                                    source->cend(),
                                                    [&](const TensorInfo &s) {
                                                        return sameTensor(s.name, t.name);
                                                    });
                    if (match == source->cend() || match->dtype.isEmpty())
                        continue;
                    t.shape = match->shape;
                    t.shapeSource = match->shapeSource;
                    if (t.dtype.isEmpty())
                        t.dtype = match->dtype;
                    break;
                }
            }
            const qint64 computed = t.shapeSource.isEmpty() ? -1 : tensorBytes(t.shape, t.dtype);
            const qint64 fromHeader = header ? header->tensorBytes(t.cName) : -1;
            if (t.sizeBytes < 0)
                t.sizeBytes = computed >= 0 ? computed : fromHeader;
            if (computed >= 0 && t.sizeBytes != computed) {
                warn(Tr::tr("Tensor \"%1\" is %2 bytes according to the metadata, but its shape "
                            "%3 and dtype %4 (from %5) make %6 bytes.")
                         .arg(t.name)
                         .arg(t.sizeBytes)
                         .arg(shapeText(t.shape), t.dtype, t.shapeSource)
                         .arg(computed));
            } else if (fromHeader >= 0 && t.sizeBytes != fromHeader) {
                warn(Tr::tr("Tensor \"%1\" is %2 bytes according to the metadata, but the header "
                            "says %3 bytes.")
                         .arg(t.name)
                         .arg(t.sizeBytes)
                         .arg(fromHeader));
            }
        }
    };
    complete(module.inputs, relayInputs, graphInputs, header ? header->inputs : QStringList());
    complete(module.outputs, relayOutputs, graphOutputs, header ? header->outputs : QStringList());
    deriveLastUnknownSize(module);

    if (module.inputs.isEmpty() && !module.executor.isEmpty()) {
        warn(Tr::tr("The inputs of the model could not be determined (no inputs in the metadata, "
                    "no relay text, graph or header describing them)."));
    }
    const bool aot = module.executor == QLatin1String("aot");
    if (aot && evidence.sourcesScanned && module.entryPointKind == EntryPointKind::None) {
        warn(Tr::tr("No definition of tvmgen_%1_run was found in the generated C sources; the "
                    "model cannot be called directly.")
                 .arg(sanitizeName(module.name).toLower()));
    } else if (module.entryPointKind == EntryPointKind::RunModel
               && !module.declaredEntryPoint.isEmpty()
               && module.declaredEntryPoint != module.entryPoint) {
        warn(Tr::tr("The header declares %1, but the generated code defines only %2 (an archive "
                    "exported by a TVM from late 2021); %2 will be called.")
                 .arg(module.declaredEntryPoint, module.entryPoint));
    }
}

void completeModelInfo(ModelInfo &info, const QHash<QString, ModuleEvidence> &evidence)
{
    const bool multi = info.modules.size() > 1;
    bool anyAot = false;
    for (ModuleInfo &module : info.modules) {
        completeModuleInfo(module, evidence.value(module.name), info.warnings, multi);
        if (module.executor == QLatin1String("graph")) {
            info.warnings << Tr::tr("Module \"%1\" uses the graph executor, which needs "
                                    "host-driven execution over microTVM RPC; only AOT models "
                                    "run standalone on a device.")
                                 .arg(module.name);
        }
        anyAot = anyAot || module.executor == QLatin1String("aot");
    }
    if (info.tvmVersion.isEmpty()) {
        info.warnings << Tr::tr("The TVM version that exported this archive is unknown (its "
                                "metadata has no external_dependencies entry).");
    }
    if (anyAot && !info.hasRuntime) {
        info.warnings << Tr::tr("The archive has no runtime/ folder (exported before TVM 0.9 or "
                                "without the CRT runtime); the template must provide the TVM C "
                                "runtime.");
    }
}

} // namespace TinyDeploy::Mlf
