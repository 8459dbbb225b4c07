#include "rpcrunner.h"

#include "graphlayout.h"
#include "microtvmtr.h"
#include "paramsblob.h"
#include "rpcclient.h"
#include "rpcexecutor.h"

#include <device/protocol.h>
#include <device/seriallink.h>

#include <QTimer>

#include <cmath>

namespace TinyDeploy::MicroTvm {

RpcRunner::RpcRunner(Device::SerialLink *link, ModelPlan plan, QObject *parent)
    : Device::ModelRunner(parent)
    , m_link(link)
    , m_plan(std::move(plan))
{
    if (link)
        link->setParent(this);
    m_client = new RpcClient(link, this);
    m_client->setReplyTimeout(DefaultReplyTimeout);
    m_executor = new RpcExecutor(m_client, m_plan, this);
    connect(m_client, &RpcClient::deviceLog, this, &RpcRunner::deviceLog);
    connect(m_client, &RpcClient::deviceReset, this, [this] {
        m_executor->invalidate();
        emit deviceLog(Tr::tr("The device reset: its executor is gone and will be created again "
                              "by the next request."));
    });
    // A reset between two sessions (after a timeout, say): the handles of the executor
    // belong to the old boot, and using them could crash the new one.
    connect(m_client, &RpcClient::deviceBooted, this, [this] {
        if (!m_executor->isCreated())
            return;
        m_executor->invalidate();
        emit deviceLog(Tr::tr("The device restarted: its executor is gone and will be created "
                              "again."));
    });
}

RpcRunner::~RpcRunner() = default;

void RpcRunner::setTimeouts(std::chrono::milliseconds reply, std::chrono::milliseconds run)
{
    m_client->setReplyTimeout(reply);
    m_runTimeout = run;
}

void RpcRunner::setSessionTimeouts(std::chrono::milliseconds start, std::chrono::milliseconds retry)
{
    m_client->setSessionTimeouts(start, retry);
}

void RpcRunner::setProfileInputs(const QList<QByteArray> &inputs)
{
    m_profileInputs = inputs;
}

Device::RunProtocol RpcRunner::protocol() const
{
    return Device::RunProtocol::MicroTvmRpc;
}

QString RpcRunner::protocolName() const
{
    return Tr::tr("microTVM RPC, %1").arg(executorName(m_plan.executor));
}

QString RpcRunner::linkDescription() const
{
    return m_link ? m_link->description() : Tr::tr("(no link)");
}

bool RpcRunner::isBusy() const
{
    return m_goal != Goal::None;
}

bool RpcRunner::isOpen() const
{
    return m_link && m_link->isOpen();
}

std::optional<Device::DeviceInfo> RpcRunner::deviceInfo() const
{
    return m_info;
}

Device::DeviceInfo RpcRunner::makeInfo() const
{
    Device::DeviceInfo info;
    info.firmware = QStringLiteral("TVM CRT (microTVM RPC)");
    info.board = m_plan.board;
    info.model = m_plan.model;
    info.entryPoint = executorName(m_plan.executor);
    info.inputs = m_plan.inputs;
    info.outputs = m_plan.outputs;
    info.maxPayload = quint16(qBound(qint64(0), m_client->maxPacketSize(), qint64(0xFFFF)));
    info.flags = 0; // no cycle counter
    return info;
}

template<typename F>
auto RpcRunner::guarded(F f)
{
    return [this, generation = m_generation, f = std::move(f)](auto &&...args) mutable {
        if (generation != m_generation)
            return; // cancelled or superseded
        f(std::forward<decltype(args)>(args)...);
    };
}

bool RpcRunner::begin(Goal goal)
{
    if (m_goal != Goal::None) {
        failLater(goal,
                  makeError(ErrorCode::InvalidArgument,
                            Tr::tr("The device is busy with another request."),
                            linkDescription(),
                            Tr::tr("Wait for it to finish or cancel it.")));
        return false;
    }
    m_goal = goal;
    ++m_generation;
    return true;
}

void RpcRunner::failLater(Goal goal, const Error &error)
{
    QTimer::singleShot(0, this, [this, goal, error] {
        switch (goal) {
        case Goal::Connect:
            emit connected(fail(error));
            break;
        case Goal::Inference:
            emit inferenceFinished(fail(error));
            break;
        case Goal::Profile:
            emit profileFinished(fail(error));
            break;
        case Goal::None:
            break;
        }
    });
}

void RpcRunner::ensureReady(std::function<void(Result<void>)> next)
{
    m_client->connectDevice(guarded([this, next](Result<void> connected) {
        if (!connected)
            return next(connected);
        if (m_executor->isCreated()) {
            m_info = makeInfo();
            return next(ok());
        }
        m_executor->create(guarded([this, next](Result<void> created) {
            if (created)
                m_info = makeInfo();
            next(created);
        }));
    }));
}

void RpcRunner::connectDevice()
{
    if (!begin(Goal::Connect))
        return;
    ensureReady([this](Result<void> ready) {
        if (!ready)
            return finishConnect(fail(ready.error()));
        finishConnect(*m_info);
    });
}

void RpcRunner::finishConnect(const Result<Device::DeviceInfo> &result)
{
    m_goal = Goal::None;
    emit connected(result);
}

void RpcRunner::finishInference(const Result<Device::InferenceResult> &result)
{
    m_goal = Goal::None;
    emit inferenceFinished(result);
}

void RpcRunner::finishProfile(const Result<OperatorProfile> &result)
{
    m_goal = Goal::None;
    if (m_profiler) {
        m_profiler->deleteLater();
        m_profiler = nullptr;
    }
    emit profileFinished(result);
}

void RpcRunner::runInference(const QList<QByteArray> &inputs, quint32 runs)
{
    if (runs < 1 || runs > Device::Protocol::MaxRuns) {
        failLater(Goal::Inference,
                  makeError(ErrorCode::InvalidArgument,
                            Tr::tr("The number of runs must be 1 to %1, not %2.")
                                .arg(Device::Protocol::MaxRuns)
                                .arg(runs)));
        return;
    }
    if (inputs.size() != m_plan.inputs.size()) {
        failLater(Goal::Inference,
                  makeError(ErrorCode::InvalidArgument,
                            Tr::tr("The model takes %1 inputs, but %2 were given.")
                                .arg(m_plan.inputs.size())
                                .arg(inputs.size())));
        return;
    }
    for (int i = 0; i < inputs.size(); ++i) {
        if (inputs[i].size() != qsizetype(m_plan.inputs[i].bytes)) {
            failLater(Goal::Inference,
                      makeError(ErrorCode::SizeMismatch,
                                Tr::tr("Input '%1' needs %2 bytes, but %3 were given.")
                                    .arg(m_plan.inputs[i].name)
                                    .arg(m_plan.inputs[i].bytes)
                                    .arg(inputs[i].size())));
            return;
        }
    }
    if (!begin(Goal::Inference))
        return;
    m_profileInputs = inputs;
    ensureReady([this, inputs, runs](Result<void> ready) {
        if (!ready)
            return finishInference(fail(ready.error()));
        m_executor->setInputs(
            inputs,
            [this](qint64 done, qint64 total) { emit uploadProgress(done, total); },
            guarded([this, runs](Result<void> set) {
                if (!set)
                    return finishInference(fail(set.error()));
                const auto timeout = m_runTimeout * (qint64(runs) + 1);
                m_executor->timeRun(runs,
                                    1,
                                    timeout,
                                    guarded([this, runs](Result<QList<double>> seconds) {
                                        if (!seconds)
                                            return finishInference(fail(seconds.error()));
                                        emit runProgress(runs, runs);
                                        Device::InferenceResult result;
                                        for (const double s : *seconds) {
                                            Device::RunLatency latency;
                                            latency.microseconds = quint32(
                                                qBound(0.0, std::round(s * 1e6), 4294967295.0));
                                            result.latencies.append(latency);
                                        }
                                        m_executor->getOutputs(
                                            guarded([this, result](
                                                        Result<QList<QByteArray>> outputs) mutable {
                                                if (!outputs)
                                                    return finishInference(fail(outputs.error()));
                                                result.outputs = *outputs;
                                                finishInference(result);
                                            }));
                                    }));
            }));
    });
}

void RpcRunner::profile(quint32 repeats, bool dumpTensors)
{
    if (m_plan.executor != Executor::Graph) {
        failLater(Goal::Profile,
                  makeError(ErrorCode::InvalidArgument,
                            Tr::tr("Per-operator times need a graph-executor model; this one "
                                   "uses the AOT executor."),
                            {},
                            Tr::tr("Export the model with the graph executor to profile it.")));
        return;
    }
    auto layout = parseGraphLayout(m_plan.graphJson);
    if (!layout) {
        failLater(Goal::Profile, layout.error());
        return;
    }
    QList<ParamTensor> params;
    if (!m_plan.params.isEmpty()) {
        auto decoded = readParams(m_plan.params);
        if (!decoded) {
            failLater(Goal::Profile, decoded.error());
            return;
        }
        params = *decoded;
    }
    if (!begin(Goal::Profile))
        return;
    m_profiler = new OperatorProfiler(m_client, m_executor, *layout, params, m_profileInputs, this);
    ensureReady([this, repeats, dumpTensors](Result<void> ready) {
        if (!ready)
            return finishProfile(fail(ready.error()));
        m_profiler->start(repeats,
                          dumpTensors,
                          m_runTimeout * (qint64(repeats) + 1),
                          guarded(
                              [this](Result<OperatorProfile> profile) { finishProfile(profile); }));
    });
}

void RpcRunner::cancel()
{
    if (m_goal == Goal::None)
        return;
    const Goal goal = m_goal;
    ++m_generation;
    m_goal = Goal::None;
    m_client->cancel();
    if (m_profiler) {
        m_profiler->deleteLater();
        m_profiler = nullptr;
    }
    const Error error = makeError(ErrorCode::Cancelled, Tr::tr("Cancelled."), linkDescription());
    switch (goal) {
    case Goal::Connect:
        emit connected(fail(error));
        break;
    case Goal::Inference:
        emit inferenceFinished(fail(error));
        break;
    case Goal::Profile:
        emit profileFinished(fail(error));
        break;
    case Goal::None:
        break;
    }
}

void RpcRunner::close()
{
    cancel();
    // No kShutdown: the CRT's server would stop answering until the board is reset. The device
    // keeps its executor; a later session (same boot) reuses it.
    m_client->cancel();
    if (m_link)
        m_link->close();
}

} // namespace TinyDeploy::MicroTvm
