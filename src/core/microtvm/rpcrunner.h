#pragma once

#include "modelplan.h"
#include "operatorprofiler.h"

#include <device/modelrunner.h>

#include <QPointer>

#include <chrono>

namespace TinyDeploy::MicroTvm {

class RpcClient;
class RpcExecutor;

/// @brief Device::ModelRunner over microTVM's host-driven RPC: the model runs in the CRT's
/// executor on the device, driven call by call (RpcClient, RpcExecutor).
///
/// connectDevice(): session, packet limit, executor created (params loaded), input and output
/// tensors located. runInference(): inputs copied in (chunked), then runtime.RPCTimeEvaluator
/// over the executor's run with number 1 and repeat = runs (one untimed warm-up run first, as
/// the CRT's evaluator does), so one RunLatency per run, then the outputs copied out.
/// A device reset (kTerminateSession from the device) fails the request in flight clearly;
/// the next request connects again and creates the executor anew. DeviceInfo: firmware
/// "TVM CRT (microTVM RPC)", board/model/tensors from the plan, maxPayload = the device's
/// packet limit, no cycle counter.
class RpcRunner final : public Device::ModelRunner
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RpcRunner)

public:
    static constexpr std::chrono::milliseconds DefaultReplyTimeout{10000};
    static constexpr std::chrono::milliseconds DefaultRunTimeout{60000};

    RpcRunner(Device::SerialLink *link /* owned */, ModelPlan plan, QObject *parent = nullptr);
    ~RpcRunner() override;

    /// @p reply bounds every reply; @p run bounds one run of the model (a timed call waits
    /// run * (runs + 1)).
    void setTimeouts(std::chrono::milliseconds reply, std::chrono::milliseconds run);
    /// Session start: give up after @p start, resend the init every @p retry.
    void setSessionTimeouts(std::chrono::milliseconds start, std::chrono::milliseconds retry);
    /// Inputs for profile(); by default those of the last runInference(), else zeros.
    void setProfileInputs(const QList<QByteArray> &inputs);

    Device::RunProtocol protocol() const override;
    QString protocolName() const override;
    QString linkDescription() const override;
    void connectDevice() override;
    void runInference(const QList<QByteArray> &inputs, quint32 runs) override;
    void cancel() override;
    void close() override;
    bool isBusy() const override;
    bool isOpen() const override;
    std::optional<Device::DeviceInfo> deviceInfo() const override;

    /// Per-operator times (and, with dumpTensors, every node's output); finishes with
    /// profileFinished(). Graph executor only.
    void profile(quint32 repeats, bool dumpTensors);

    RpcClient *client() const { return m_client; }
    RpcExecutor *executor() const { return m_executor; }

signals:
    void profileFinished(const TinyDeploy::Result<TinyDeploy::MicroTvm::OperatorProfile> &profile);

private:
    enum class Goal { None, Connect, Inference, Profile };

    bool begin(Goal goal);
    void ensureReady(std::function<void(Result<void>)> next);
    void finishConnect(const Result<Device::DeviceInfo> &result);
    void finishInference(const Result<Device::InferenceResult> &result);
    void finishProfile(const Result<OperatorProfile> &result);
    void failLater(Goal goal, const Error &error);
    Device::DeviceInfo makeInfo() const;
    template<typename F>
    auto guarded(F f);

    QPointer<Device::SerialLink> m_link;
    RpcClient *m_client = nullptr;
    RpcExecutor *m_executor = nullptr;
    ModelPlan m_plan;
    std::chrono::milliseconds m_runTimeout = DefaultRunTimeout;
    Goal m_goal = Goal::None;
    quint64 m_generation = 0;
    std::optional<Device::DeviceInfo> m_info;
    QList<QByteArray> m_profileInputs;
    OperatorProfiler *m_profiler = nullptr;
};

} // namespace TinyDeploy::MicroTvm
