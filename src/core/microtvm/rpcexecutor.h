#pragma once

#include "minrpc.h"
#include "modelplan.h"
#include "paramsblob.h"
#include "rpcclient.h"

#include <util/error.h>

#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>

namespace TinyDeploy::MicroTvm {

/// @brief The executor on the device, driven call by call (spec 4.2, 4.4, 4.5).
///
/// create(): runtime.SystemLib, then tvm.graph_executor.create (minified graph JSON, the system
/// lib, kDLCPU 0) or tvm.aot_executor.create (system lib, device, module name); the executor's
/// get_input / run / get_output, and each input's and output's DLTensor (get_input /
/// get_output once, handle freed at once: the executor keeps its tensors for its lifetime).
/// Graph params: load_params with the params blob when it fits one packet, else each param
/// copied into its tensor (get_input by name + kCopyToRemote). Never set_input (the CRT's
/// graph executor rejects it, spec 4.2). Timing: runtime.RPCTimeEvaluator with 12 arguments,
/// falling back to 11 for TVM 0.13's CRT (the working form is remembered).
/// The CRT allows one executor per boot: after a device reset call invalidate() and create()
/// again.
class RpcExecutor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RpcExecutor)

public:
    template<typename T>
    using Callback = std::function<void(Result<T>)>;

    /// How the params went to the device.
    enum class ParamsLoading { None, LoadParams, PerTensor };

    RpcExecutor(RpcClient *client, ModelPlan plan, QObject *parent = nullptr);
    ~RpcExecutor() override;

    void create(Callback<void> done);
    bool isCreated() const { return m_created; }
    void invalidate();

    const ModelPlan &plan() const { return m_plan; }
    quint64 systemLib() const { return m_systemLib; }
    quint64 module() const { return m_module; }
    ParamsLoading paramsLoading() const { return m_paramsLoading; }
    const QList<DlTensor> &inputTensors() const { return m_inputTensors; }
    const QList<DlTensor> &outputTensors() const { return m_outputTensors; }
    /// 12 or 11 once a time evaluator call worked; 0 before.
    int timeEvaluatorArity() const { return m_evaluatorArgs; }
    /// The minified graph JSON as sent.
    const QByteArray &graphJson() const { return m_graphJson; }

    void setInputs(const QList<QByteArray> &inputs,
                   RpcClient::Progress progress,
                   Callback<void> done);
    void run(std::chrono::milliseconds timeout, Callback<void> done);
    void getOutputs(Callback<QList<QByteArray>> done);
    /// Times the executor's run: @p repeat means of @p number calls each, in seconds.
    void timeRun(quint32 repeat,
                 quint32 number,
                 std::chrono::milliseconds timeout,
                 Callback<QList<double>> done);
    /// Times @p function of @p module called with @p args (runtime.RPCTimeEvaluator).
    void timeFunction(quint64 module,
                      const QString &function,
                      const QList<Value> &args,
                      quint32 repeat,
                      quint32 number,
                      std::chrono::milliseconds timeout,
                      Callback<QList<double>> done);

private:
    void createExecutor(Callback<void> done);
    void lookUpFunctions(int index, Callback<void> done);
    void loadParams(Callback<void> done);
    void copyParams(QList<ParamTensor> params, int index, Callback<void> done);
    void fetchTensors(bool outputs, int index, Callback<void> done);
    void getTensor(quint64 function, const Value &key, const QString &what, Callback<DlTensor> done);
    void setInput(const QList<QByteArray> &inputs,
                  int index,
                  qint64 done,
                  qint64 total,
                  RpcClient::Progress progress,
                  Callback<void> finished);
    void readOutput(int index, QList<QByteArray> outputs, Callback<QList<QByteArray>> done);
    void evaluate(quint64 module,
                  const QString &function,
                  const QList<Value> &args,
                  quint32 repeat,
                  quint32 number,
                  std::chrono::milliseconds timeout,
                  int arity,
                  QString firstError,
                  Callback<QList<double>> done);
    Error planError(const QString &message, const QString &hint) const;

    QPointer<RpcClient> m_client;
    ModelPlan m_plan;
    QByteArray m_graphJson;
    bool m_created = false;
    quint64 m_systemLib = 0;
    quint64 m_module = 0;
    quint64 m_getInput = 0;
    quint64 m_getOutput = 0;
    quint64 m_run = 0;
    quint64 m_loadParams = 0;
    quint64 m_timeEvaluator = 0;
    int m_evaluatorArgs = 0;
    ParamsLoading m_paramsLoading = ParamsLoading::None;
    QList<DlTensor> m_inputTensors;
    QList<DlTensor> m_outputTensors;
};

} // namespace TinyDeploy::MicroTvm
