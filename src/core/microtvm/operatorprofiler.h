#pragma once

#include "graphlayout.h"
#include "paramsblob.h"
#include "rpcexecutor.h"

#include <tensor/tensor.h>
#include <util/error.h>

#include <QObject>
#include <QPair>
#include <QPointer>

#include <functional>

namespace TinyDeploy::MicroTvm {

struct OperatorTime
{
    QString node;
    QString function;
    double meanUs = 0;
    double share = 0; ///< meanUs / OperatorProfile::totalUs
};

struct OperatorProfile
{
    QList<OperatorTime> operators; ///< graph order, every tvm_op node except __nop
    double totalUs = 0;
    QList<QPair<QString, Tensor::Tensor>> nodeOutputs; ///< with dumpTensors: node name, output
};

/// @brief Per-operator times of a graph model, the way TVM's debug executor gets them
/// (spec 4.6): the graph's buffers are allocated on the device (one per storage id, as the
/// graph's memory plan shares them), the inputs and params copied in, then every tvm_op node's
/// function is looked up in the system library and timed with runtime.RPCTimeEvaluator over
/// its own tensors, in graph order, so that each node computes its real output. With
/// dumpTensors every op node's output is copied back right after it ran (before a later node
/// may reuse its buffer). The buffers are freed at the end, also after an error when the
/// session still works.
class OperatorProfiler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperatorProfiler)

public:
    using Callback = std::function<void(Result<OperatorProfile>)>;

    /// Calls per measurement (TVM's default `number`).
    static constexpr quint32 Number = 10;

    OperatorProfiler(RpcClient *client,
                     RpcExecutor *executor,
                     GraphLayout layout,
                     QList<ParamTensor> params,
                     QList<QByteArray> inputs,
                     QObject *parent = nullptr);
    ~OperatorProfiler() override;

    void start(quint32 repeats, bool dumpTensors, std::chrono::milliseconds timeout, Callback done);

private:
    struct Buffer
    {
        qint64 bytes = 0;
        quint64 data = 0;
    };

    Result<void> planBuffers();
    DlTensor entryTensor(int entry) const;
    void allocate(int index);
    void fill(int index);
    void profileNode(int node);
    void dumpNode(int node, int output, std::function<void()> next);
    void release(int index, std::optional<Error> error);
    void finish(std::optional<Error> error);

    QPointer<RpcClient> m_client;
    QPointer<RpcExecutor> m_executor;
    GraphLayout m_layout;
    QList<ParamTensor> m_params;
    QList<QByteArray> m_inputs;
    QList<int> m_entryBuffer; ///< entry id -> index into m_buffers
    QList<Buffer> m_buffers;
    QList<QPair<int, QByteArray>> m_fills; ///< entry id, data to copy in
    quint32 m_repeats = 1;
    bool m_dump = false;
    std::chrono::milliseconds m_timeout{0};
    OperatorProfile m_profile;
    Callback m_done;
};

} // namespace TinyDeploy::MicroTvm
