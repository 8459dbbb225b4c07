#include "operatorprofiler.h"

#include "microtvmtr.h"

#include <tensor/dtype.h>

#include <QHash>

namespace TinyDeploy::MicroTvm {

OperatorProfiler::OperatorProfiler(RpcClient *client,
                                   RpcExecutor *executor,
                                   GraphLayout layout,
                                   QList<ParamTensor> params,
                                   QList<QByteArray> inputs,
                                   QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_executor(executor)
    , m_layout(std::move(layout))
    , m_params(std::move(params))
    , m_inputs(std::move(inputs))
{}

OperatorProfiler::~OperatorProfiler() = default;

DlTensor OperatorProfiler::entryTensor(int entry) const
{
    const GraphEntry &e = m_layout.entries.value(entry);
    DlTensor t;
    const auto dtype = Tensor::DType::parse(e.dtype);
    if (dtype) {
        t.dtypeCode = quint8(dtype->code());
        t.dtypeBits = quint8(dtype->bits());
        t.dtypeLanes = quint16(dtype->lanes());
    }
    t.shape = e.shape;
    const int buffer = m_entryBuffer.value(entry, -1);
    t.data = buffer >= 0 ? m_buffers[buffer].data : 0;
    return t;
}

Result<void> OperatorProfiler::planBuffers()
{
    const int entries = int(m_layout.entries.size());
    m_entryBuffer.fill(-1, entries);
    QHash<int, int> byStorage;
    for (const GraphNode &node : m_layout.nodes) {
        for (int o = 0; o < node.outputCount; ++o) {
            const int entry = node.firstEntry + o;
            DlTensor probe;
            const GraphEntry &e = m_layout.entries[entry];
            const auto dtype = Tensor::DType::parse(e.dtype);
            if (!dtype)
                return fail(ErrorCode::UnsupportedDType,
                            Tr::tr("Node '%1' has the dtype '%2'.").arg(node.name, e.dtype));
            probe.dtypeBits = quint8(dtype->bits());
            probe.dtypeLanes = quint16(dtype->lanes());
            probe.shape = e.shape;
            const qint64 bytes = probe.byteSize();
            if (bytes < 0)
                return fail(ErrorCode::InvalidValue,
                            Tr::tr("Node '%1' has an invalid shape.").arg(node.name));
            int buffer = -1;
            if (node.function == u"__nop" && !node.inputs.isEmpty())
                buffer = m_entryBuffer.value(node.inputs.first(), -1); // a reshape aliases
            else if (e.storageId >= 0)
                buffer = byStorage.value(e.storageId, -1);
            if (buffer < 0) {
                buffer = int(m_buffers.size());
                m_buffers.append(Buffer{});
                if (e.storageId >= 0 && node.function != u"__nop")
                    byStorage.insert(e.storageId, buffer);
            }
            m_buffers[buffer].bytes = qMax(m_buffers[buffer].bytes, bytes);
            m_entryBuffer[entry] = buffer;
        }
    }
    // What the arguments hold: params by name, inputs in order.
    int inputIndex = 0;
    for (const int n : m_layout.argNodes) {
        const GraphNode &node = m_layout.nodes.value(n);
        const auto param = std::find_if(m_params.cbegin(),
                                        m_params.cend(),
                                        [&](const ParamTensor &p) { return p.name == node.name; });
        QByteArray data;
        if (param != m_params.cend()) {
            data = param->data;
        } else {
            data = m_inputs.value(inputIndex++);
            if (data.isEmpty())
                data = QByteArray(m_buffers[m_entryBuffer[node.firstEntry]].bytes, '\0');
        }
        if (data.size() != entryTensor(node.firstEntry).byteSize())
            return fail(ErrorCode::SizeMismatch,
                        Tr::tr("Argument '%1' has %2 bytes, its node %3.")
                            .arg(node.name)
                            .arg(data.size())
                            .arg(entryTensor(node.firstEntry).byteSize()));
        m_fills.append({node.firstEntry, data});
    }
    return ok();
}

void OperatorProfiler::start(quint32 repeats,
                             bool dumpTensors,
                             std::chrono::milliseconds timeout,
                             Callback done)
{
    m_repeats = qMax<quint32>(1, repeats);
    m_dump = dumpTensors;
    m_timeout = timeout;
    m_done = std::move(done);
    if (auto planned = planBuffers(); !planned) {
        QTimer::singleShot(0, this, [this, e = planned.error()] { finish(e); });
        return;
    }
    allocate(0);
}

void OperatorProfiler::allocate(int index)
{
    if (index == m_buffers.size())
        return fill(0);
    DlTensor t;
    t.dtypeCode = 1;
    t.dtypeBits = 8;
    t.shape = {qMax<qint64>(1, m_buffers[index].bytes)};
    m_client->allocTensor(t, [this, index](Result<quint64> data) {
        if (!data)
            return release(0, data.error());
        m_buffers[index].data = *data;
        allocate(index + 1);
    });
}

void OperatorProfiler::fill(int index)
{
    if (index == m_fills.size())
        return profileNode(0);
    const auto &[entry, data] = m_fills[index];
    m_client->copyToRemote(entryTensor(entry), data, [this, index](Result<void> copied) {
        if (!copied)
            return release(0, copied.error());
        fill(index + 1);
    });
}

void OperatorProfiler::profileNode(int n)
{
    if (n == m_layout.nodes.size()) {
        for (const OperatorTime &op : std::as_const(m_profile.operators))
            m_profile.totalUs += op.meanUs;
        for (OperatorTime &op : m_profile.operators)
            op.share = m_profile.totalUs > 0 ? op.meanUs / m_profile.totalUs : 0;
        return release(0, std::nullopt);
    }
    const GraphNode &node = m_layout.nodes[n];
    if (node.op != u"tvm_op")
        return profileNode(n + 1);
    if (node.function == u"__nop") {
        if (m_dump)
            return dumpNode(n, 0, [this, n] { profileNode(n + 1); });
        return profileNode(n + 1);
    }
    QList<Value> args;
    for (const int entry : node.inputs)
        args.append(Value::dlTensor(entryTensor(entry)));
    for (int o = 0; o < node.outputCount; ++o)
        args.append(Value::dlTensor(entryTensor(node.firstEntry + o)));
    m_executor->timeFunction(m_executor->systemLib(),
                             node.function,
                             args,
                             m_repeats,
                             Number,
                             m_timeout,
                             [this, n](Result<QList<double>> seconds) {
                                 if (!seconds)
                                     return release(0, seconds.error());
                                 const GraphNode &node = m_layout.nodes[n];
                                 double sum = 0;
                                 for (const double s : *seconds)
                                     sum += s;
                                 m_profile.operators.append(
                                     OperatorTime{node.name,
                                                  node.function,
                                                  1e6 * sum / double(seconds->size()),
                                                  0});
                                 if (m_dump)
                                     return dumpNode(n, 0, [this, n] { profileNode(n + 1); });
                                 profileNode(n + 1);
                             });
}

void OperatorProfiler::dumpNode(int n, int output, std::function<void()> next)
{
    const GraphNode &node = m_layout.nodes[n];
    if (output == node.outputCount)
        return next();
    const int entry = node.firstEntry + output;
    const DlTensor t = entryTensor(entry);
    m_client
        ->copyFromRemote(t, t.byteSize(), [this, n, output, entry, next](Result<QByteArray> data) {
            if (!data)
                return release(0, data.error());
            const GraphNode &node = m_layout.nodes[n];
            const GraphEntry &e = m_layout.entries[entry];
            const auto dtype = Tensor::DType::parse(e.dtype);
            auto tensor = Tensor::Tensor::create(*dtype, e.shape, *data);
            if (!tensor)
                return release(0, tensor.error());
            const QString name = node.outputCount > 1
                                     ? QStringLiteral("%1:%2").arg(node.name).arg(output)
                                     : node.name;
            m_profile.nodeOutputs.append({name, *tensor});
            dumpNode(n, output + 1, next);
        });
}

void OperatorProfiler::release(int index, std::optional<Error> error)
{
    while (index < m_buffers.size() && m_buffers[index].data == 0)
        ++index;
    if (index == m_buffers.size() || (error && !m_client->isConnected()))
        return finish(error);
    const quint64 data = std::exchange(m_buffers[index].data, 0);
    m_client->freeData(data, [this, index, error](Result<void> freed) {
        if (!freed && !error)
            return finish(freed.error());
        release(index + 1, error);
    });
}

void OperatorProfiler::finish(std::optional<Error> error)
{
    if (!m_done)
        return;
    Callback done = std::exchange(m_done, nullptr);
    if (error)
        done(fail(*error));
    else
        done(m_profile);
}

} // namespace TinyDeploy::MicroTvm
