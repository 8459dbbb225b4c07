#include "rpcexecutor.h"

#include "graphlayout.h"
#include "microtvmtr.h"

#include <QtEndian>

#include <cstring>

namespace TinyDeploy::MicroTvm {

namespace {

/// Overhead of a kCallFunc packet with one string or bytes argument.
constexpr qsizetype OneBlobCall = MinRpc::PacketHeader + 8 + 4 + 4 + 8;

Error chained(Error error, const QString &step)
{
    error.message = Tr::tr("%1: %2").arg(step, error.message);
    return error;
}

} // namespace

RpcExecutor::RpcExecutor(RpcClient *client, ModelPlan plan, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_plan(std::move(plan))
    , m_graphJson(minifyJson(m_plan.graphJson))
{}

RpcExecutor::~RpcExecutor() = default;

Error RpcExecutor::planError(const QString &message, const QString &hint) const
{
    return makeError(ErrorCode::InvalidValue,
                     message,
                     m_client && m_client->link() ? m_client->link()->description() : QString(),
                     hint);
}

void RpcExecutor::invalidate()
{
    m_created = false;
    m_module = m_systemLib = m_getInput = m_getOutput = m_run = m_loadParams = 0;
    m_timeEvaluator = 0;
    m_inputTensors.clear();
    m_outputTensors.clear();
}

void RpcExecutor::create(Callback<void> done)
{
    invalidate();
    m_client->getGlobalFunction(QStringLiteral("runtime.SystemLib"), [this, done](Result<quint64> f) {
        if (!f)
            return done(fail(f.error()));
        m_client->call(*f,
                       {},
                       QStringLiteral("runtime.SystemLib"),
                       [this, done](Result<CallReturn> lib) {
                           if (!lib)
                               return done(fail(lib.error()));
                           if (lib->type != TypeCode::Module)
                               return done(fail(
                                   planError(Tr::tr("runtime.SystemLib returned no module."), {})));
                           m_systemLib = lib->value.asHandle();
                           createExecutor(done);
                       });
    });
}

void RpcExecutor::createExecutor(Callback<void> done)
{
    const bool graph = m_plan.executor == Executor::Graph;
    const QString name = graph ? QStringLiteral("tvm.graph_executor.create")
                               : QStringLiteral("tvm.aot_executor.create");
    QList<Value> args;
    if (graph) {
        args = {Value::str(m_graphJson),
                Value::handle(TypeCode::Module, m_systemLib),
                Value::integer(1),
                Value::integer(0)};
        const QByteArray packet = MinRpc::callFunc(0, args);
        if (auto fits = m_client->checkPacket(packet.size(),
                                              Tr::tr("The graph JSON (%1 bytes minified)")
                                                  .arg(m_graphJson.size()));
            !fits) {
            QTimer::singleShot(0, this, [done, e = fits.error()] { done(fail(e)); });
            return;
        }
    } else {
        args = {Value::handle(TypeCode::Module, m_systemLib),
                Value::device(),
                Value::str(m_plan.moduleName.toUtf8())};
    }
    m_client->getGlobalFunction(name, [this, name, args, done](Result<quint64> f) {
        if (!f)
            return done(fail(f.error()));
        m_client->call(*f, args, name, [this, name, done](Result<CallReturn> mod) {
            if (!mod)
                return done(fail(
                    chained(mod.error(),
                            Tr::tr(
                                "Creating the %1 (one per boot: reset the device if it already has "
                                "one)")
                                .arg(executorName(m_plan.executor)))));
            if (mod->type != TypeCode::Module)
                return done(fail(planError(Tr::tr("%1 returned no module.").arg(name), {})));
            m_module = mod->value.asHandle();
            lookUpFunctions(0, done);
        });
    });
}

void RpcExecutor::lookUpFunctions(int index, Callback<void> done)
{
    static const char *const names[] = {"get_input", "get_output", "run", "load_params"};
    quint64 *targets[] = {&m_getInput, &m_getOutput, &m_run, &m_loadParams};
    const int count = m_plan.executor == Executor::Graph ? 4 : 3;
    if (index == count) {
        loadParams([this, done](Result<void> loaded) {
            if (!loaded)
                return done(loaded);
            fetchTensors(false, 0, done);
        });
        return;
    }
    const QString name = QLatin1String(names[index]);
    m_client->getGlobalFunction(
        QStringLiteral("tvm.rpc.server.ModuleGetFunction"),
        [this, index, name, target = targets[index], done](Result<quint64> mgf) {
            if (!mgf)
                return done(fail(mgf.error()));
            // query_imports as an integer, never as a bool (spec 6).
            m_client->call(*mgf,
                           {Value::handle(TypeCode::Module, m_module),
                            Value::str(name.toUtf8()),
                            Value::integer(0)},
                           Tr::tr("ModuleGetFunction(%1)").arg(name),
                           [this, index, name, target, done](Result<CallReturn> f) {
                               if (!f)
                                   return done(fail(f.error()));
                               if (f->type != TypeCode::PackedFunc || f->value.asHandle() == 0)
                                   return done(
                                       fail(planError(Tr::tr("The %1 on the device has no '%2'.")
                                                          .arg(executorName(m_plan.executor), name),
                                                      {})));
                               *target = f->value.asHandle();
                               lookUpFunctions(index + 1, done);
                           });
        });
}

void RpcExecutor::loadParams(Callback<void> done)
{
    m_paramsLoading = ParamsLoading::None;
    if (m_plan.executor != Executor::Graph || m_plan.params.isEmpty() || m_plan.paramsLinked)
        return done(ok());
    const qsizetype packetBytes = OneBlobCall + m_plan.params.size();
    if (m_client->checkPacket(packetBytes, {})) {
        m_paramsLoading = ParamsLoading::LoadParams;
        m_client->call(m_loadParams,
                       {Value::blob(m_plan.params)},
                       QStringLiteral("load_params"),
                       [done](Result<CallReturn> r) {
                           done(r ? ok() : Result<void>(fail(r.error())));
                       });
        return;
    }
    // Too large for one packet: each param into the tensor the executor holds for it.
    auto params = readParams(m_plan.params);
    if (!params)
        return done(fail(params.error()));
    m_paramsLoading = ParamsLoading::PerTensor;
    copyParams(*params, 0, done);
}

void RpcExecutor::copyParams(QList<ParamTensor> params, int index, Callback<void> done)
{
    if (index == params.size())
        return done(ok());
    const ParamTensor p = params[index];
    getTensor(m_getInput,
              Value::str(p.name.toUtf8()),
              Tr::tr("get_input(%1)").arg(p.name),
              [this, params = std::move(params), index, p, done](Result<DlTensor> t) mutable {
                  if (!t)
                      return done(fail(t.error()));
                  if (t->byteSize() != p.data.size())
                      return done(
                          fail(planError(Tr::tr("Param '%1' has %2 bytes, the device's tensor %3.")
                                             .arg(p.name)
                                             .arg(p.data.size())
                                             .arg(t->byteSize()),
                                         Tr::tr("The firmware was built from another model."))));
                  m_client->copyToRemote(*t,
                                         p.data,
                                         [this, params = std::move(params), index, done](
                                             Result<void> copied) mutable {
                                             if (!copied)
                                                 return done(copied);
                                             copyParams(std::move(params), index + 1, done);
                                         });
              });
}

void RpcExecutor::getTensor(quint64 function,
                            const Value &key,
                            const QString &what,
                            Callback<DlTensor> done)
{
    m_client->call(function, {key}, what, [this, what, done](Result<CallReturn> r) {
        if (!r)
            return done(fail(r.error()));
        if (r->type != TypeCode::NDArray)
            return done(fail(planError(Tr::tr("%1 returned no tensor.").arg(what), {})));
        const DlTensor tensor = r->value.tensor;
        // The executor keeps its own reference: drop the one the call added.
        m_client->freeHandle(r->ndarrayHandle,
                             TypeCode::NDArray,
                             [done, tensor](Result<void> freed) {
                                 if (!freed)
                                     return done(fail(freed.error()));
                                 done(tensor);
                             });
    });
}

void RpcExecutor::fetchTensors(bool outputs, int index, Callback<void> done)
{
    const QList<Device::TensorInfo> &infos = outputs ? m_plan.outputs : m_plan.inputs;
    if (index == infos.size()) {
        if (!outputs)
            return fetchTensors(true, 0, done);
        m_created = true;
        return done(ok());
    }
    const Device::TensorInfo &info = infos[index];
    Value key = Value::integer(index);
    if (!outputs && m_plan.executor == Executor::Graph)
        key = Value::str(info.name.toUtf8()); // the CRT graph executor finds inputs by name
    const QString what = outputs ? Tr::tr("get_output(%1)").arg(index)
                                 : Tr::tr("get_input(%1)").arg(info.name);
    getTensor(outputs ? m_getOutput : m_getInput,
              key,
              what,
              [this, outputs, index, info, done](Result<DlTensor> t) {
                  if (!t)
                      return done(fail(t.error()));
                  if (t->byteSize() != qint64(info.bytes))
                      return done(fail(planError(
                          Tr::tr("%1 '%2' has %3 bytes on the device, %4 in the model archive.")
                              .arg(outputs ? Tr::tr("Output") : Tr::tr("Input"), info.name)
                              .arg(t->byteSize())
                              .arg(info.bytes),
                          Tr::tr("The firmware was built from another model: build and flash "
                                 "it again."))));
                  (outputs ? m_outputTensors : m_inputTensors).append(*t);
                  fetchTensors(outputs, index + 1, done);
              });
}

void RpcExecutor::setInputs(const QList<QByteArray> &inputs,
                            RpcClient::Progress progress,
                            Callback<void> done)
{
    qint64 total = 0;
    for (const QByteArray &i : inputs)
        total += i.size();
    setInput(inputs, 0, 0, total, std::move(progress), std::move(done));
}

void RpcExecutor::setInput(const QList<QByteArray> &inputs,
                           int index,
                           qint64 sent,
                           qint64 total,
                           RpcClient::Progress progress,
                           Callback<void> finished)
{
    if (index == inputs.size())
        return finished(ok());
    const QByteArray data = inputs[index];
    m_client->copyToRemote(
        m_inputTensors.value(index),
        data,
        [this, inputs, index, sent, total, progress, finished, size = data.size()](
            Result<void> copied) {
            if (!copied)
                return finished(copied);
            setInput(inputs, index + 1, sent + size, total, progress, finished);
        },
        [progress, sent, total](qint64 chunkDone, qint64) {
            if (progress)
                progress(sent + chunkDone, total);
        });
}

void RpcExecutor::run(std::chrono::milliseconds timeout, Callback<void> done)
{
    m_client->call(
        m_run,
        {},
        QStringLiteral("run"),
        [done](Result<CallReturn> r) { done(r ? ok() : Result<void>(fail(r.error()))); },
        timeout);
}

void RpcExecutor::getOutputs(Callback<QList<QByteArray>> done)
{
    readOutput(0, {}, std::move(done));
}

void RpcExecutor::readOutput(int index, QList<QByteArray> outputs, Callback<QList<QByteArray>> done)
{
    if (index == m_outputTensors.size())
        return done(outputs);
    const DlTensor t = m_outputTensors[index];
    m_client->copyFromRemote(t,
                             t.byteSize(),
                             [this, index, outputs = std::move(outputs), done](
                                 Result<QByteArray> data) mutable {
                                 if (!data)
                                     return done(fail(data.error()));
                                 outputs.append(*data);
                                 readOutput(index + 1, std::move(outputs), done);
                             });
}

void RpcExecutor::timeRun(quint32 repeat,
                          quint32 number,
                          std::chrono::milliseconds timeout,
                          Callback<QList<double>> done)
{
    timeFunction(m_module, QStringLiteral("run"), {}, repeat, number, timeout, std::move(done));
}

void RpcExecutor::timeFunction(quint64 module,
                               const QString &function,
                               const QList<Value> &args,
                               quint32 repeat,
                               quint32 number,
                               std::chrono::milliseconds timeout,
                               Callback<QList<double>> done)
{
    evaluate(module,
             function,
             args,
             repeat,
             number,
             timeout,
             m_evaluatorArgs ? m_evaluatorArgs : 12,
             {},
             std::move(done));
}

void RpcExecutor::evaluate(quint64 module,
                           const QString &function,
                           const QList<Value> &args,
                           quint32 repeat,
                           quint32 number,
                           std::chrono::milliseconds timeout,
                           int arity,
                           QString firstError,
                           Callback<QList<double>> done)
{
    // (mod, name, device_type, device_id, number, repeat, min_repeat_ms,
    //  limit_zero_time_iterations, cooldown_interval_ms, repeats_to_cooldown,
    //  [cache_flush_bytes,] f_preproc)
    QList<Value> evaluatorArgs = {Value::handle(TypeCode::Module, module),
                                  Value::str(function.toUtf8()),
                                  Value::integer(1),
                                  Value::integer(0),
                                  Value::integer(number),
                                  Value::integer(repeat),
                                  Value::integer(0),
                                  Value::integer(100),
                                  Value::integer(0),
                                  Value::integer(1)};
    if (arity == 12)
        evaluatorArgs.append(Value::integer(0));
    evaluatorArgs.append(Value::str({}));
    const QString what = Tr::tr("RPCTimeEvaluator(%1)").arg(function);
    auto callEvaluator = [=, this](quint64 evaluator) {
        m_client->call(evaluator, evaluatorArgs, what, [=, this](Result<CallReturn> te) {
            if (!te) {
                // A 0.13 CRT refuses 12 arguments with a clean exception: try 11 once.
                if (arity == 12 && m_evaluatorArgs == 0 && te.error().code == ErrorCode::DeviceError)
                    return evaluate(module,
                                    function,
                                    args,
                                    repeat,
                                    number,
                                    timeout,
                                    11,
                                    te.error().message,
                                    done);
                Error e = te.error();
                if (!firstError.isEmpty())
                    e.details = Tr::tr("With 12 arguments: %1").arg(firstError);
                return done(fail(e));
            }
            if (te->type != TypeCode::PackedFunc)
                return done(fail(planError(Tr::tr("%1 returned no function.").arg(what), {})));
            m_evaluatorArgs = arity;
            const quint64 timer = te->value.asHandle();
            m_client->call(
                timer,
                args,
                Tr::tr("the timed %1").arg(function),
                [=, this](Result<CallReturn> times) {
                    if (!times)
                        return done(fail(times.error()));
                    const QByteArray &bytes = times->value.bytes;
                    if (times->type != TypeCode::Bytes || bytes.size() != qsizetype(8) * repeat)
                        return done(fail(
                            planError(Tr::tr("The time evaluator returned %1 bytes for %2 repeats.")
                                          .arg(bytes.size())
                                          .arg(repeat),
                                      {})));
                    QList<double> seconds;
                    for (quint32 i = 0; i < repeat; ++i) {
                        const quint64 bits = qFromLittleEndian<quint64>(bytes.data() + 8 * i);
                        double s = 0;
                        std::memcpy(&s, &bits, sizeof s);
                        seconds.append(s);
                    }
                    done(seconds);
                },
                timeout);
        });
    };
    if (m_timeEvaluator) {
        callEvaluator(m_timeEvaluator);
        return;
    }
    m_client->getGlobalFunction(QStringLiteral("runtime.RPCTimeEvaluator"),
                                [this, callEvaluator, done](Result<quint64> f) {
                                    if (!f)
                                        return done(fail(f.error()));
                                    m_timeEvaluator = *f;
                                    callEvaluator(*f);
                                });
}

} // namespace TinyDeploy::MicroTvm
