// RpcRunner, RpcExecutor and RpcClient against TVM's real CRT (tests/fakes/crt_device) over a
// pipe: graph runs with known outputs, chunked copies, params by load_params and per tensor,
// the time evaluator (12 arguments, and the 11-argument fallback), the profile, device logs.
#include "fakes/crtdevicelink.h"
#include "fakes/crtmodel.h"

#include <microtvm/rpcclient.h>
#include <microtvm/rpcexecutor.h>
#include <microtvm/rpcrunner.h>

#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

using namespace TinyDeploy;
using namespace TinyDeploy::MicroTvm;

Q_DECLARE_METATYPE(TinyDeploy::Result<TinyDeploy::Device::DeviceInfo>)
Q_DECLARE_METATYPE(TinyDeploy::Result<TinyDeploy::Device::InferenceResult>)
Q_DECLARE_METATYPE(TinyDeploy::Result<TinyDeploy::MicroTvm::OperatorProfile>)

namespace {

constexpr int Deadline = 60000;

template<typename T>
T takeResult(QSignalSpy &spy)
{
    return spy.takeFirst().at(0).value<T>();
}

} // namespace

class TestMicroTvmRunner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qRegisterMetaType<Result<Device::DeviceInfo>>();
        qRegisterMetaType<Result<Device::InferenceResult>>();
        qRegisterMetaType<Result<OperatorProfile>>();
        if (!QFileInfo::exists(CrtDeviceLink::executable()))
            QSKIP("crt_device was not built (no standalone CRT in ../shared/tvm-crt)");
    }

    void graphRun_data()
    {
        QTest::addColumn<int>("elements");
        QTest::addColumn<quint32>("runs");
        QTest::addColumn<bool>("perTensorParams");
        QTest::newRow("4 floats, 1 run, load_params") << 4 << 1u << false;
        QTest::newRow("4 floats, 5 runs") << 4 << 5u << false;
        // 4 KiB tensors: chunked copies, and params too large for one load_params packet.
        QTest::newRow("1024 floats, chunked, params per tensor") << 1024 << 3u << true;
    }

    void graphRun()
    {
        QFETCH(int, elements);
        QFETCH(quint32, runs);
        QFETCH(bool, perTensorParams);
        auto *link = new CrtDeviceLink;
        RpcRunner runner(link, CrtModel::plan(elements));
        QSignalSpy connected(&runner, &Device::ModelRunner::connected);
        QSignalSpy finished(&runner, &Device::ModelRunner::inferenceFinished);
        QSignalSpy uploaded(&runner, &Device::ModelRunner::uploadProgress);

        runner.connectDevice();
        QVERIFY(connected.isEmpty()); // never before returning to the event loop
        QVERIFY(connected.wait(Deadline));
        const auto info = takeResult<Result<Device::DeviceInfo>>(connected);
        QVERIFY2(info, qPrintable(info ? QString() : info.error().fullText()));
        QCOMPARE(info->firmware, QStringLiteral("TVM CRT (microTVM RPC)"));
        QCOMPARE(info->maxPayload, quint16(2037)); // TVM_CRT_MAX_PACKET_SIZE_BYTES 2048 - 11
        QVERIFY(!info->hasCycleCounter());
        QCOMPARE(info->inputs.size(), 1);
        QCOMPARE(runner.executor()->paramsLoading(),
                 perTensorParams ? RpcExecutor::ParamsLoading::PerTensor
                                 : RpcExecutor::ParamsLoading::LoadParams);
        QVERIFY(runner.executor()->graphJson().size() < CrtModel::graphJson(elements).size());
        QCOMPARE(runner.protocolName(), QStringLiteral("microTVM RPC, graph executor"));

        QList<float> x;
        for (int i = 0; i < elements; ++i)
            x.append(float(i % 7) - 2.5f);
        runner.runInference({CrtModel::floats(x)}, runs);
        QVERIFY(finished.wait(Deadline));
        const auto result = takeResult<Result<Device::InferenceResult>>(finished);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().fullText()));
        QCOMPARE(result->outputs.size(), 1);
        QCOMPARE(CrtModel::toFloats(result->outputs[0]), CrtModel::expected(x));
        QCOMPARE(result->latencies.size(), qsizetype(runs));
        QVERIFY(!result->hasCycleCounts);
        QVERIFY(!uploaded.isEmpty());
        QCOMPARE(uploaded.last().at(0).toLongLong(), qint64(4 * elements));
        QCOMPARE(runner.executor()->timeEvaluatorArity(), 12);

        // A second inference on the same executor (no second create: one per boot).
        x[0] = 100;
        runner.runInference({CrtModel::floats(x)}, 1);
        QVERIFY(finished.wait(Deadline));
        const auto again = takeResult<Result<Device::InferenceResult>>(finished);
        QVERIFY2(again, qPrintable(again ? QString() : again.error().fullText()));
        QCOMPARE(CrtModel::toFloats(again->outputs[0]), CrtModel::expected(x));
        QCOMPARE(link->boots(), 1);
    }

    void aotRun()
    {
        // The AOT executor as the CRT drives it (not verified by the spec's author): the system
        // lib's tvmgen_default_get_c_metadata and tvmgen_default_run, get_input/get_output by
        // index, no params to load.
        ModelPlan plan = CrtModel::plan(4);
        plan.executor = Executor::Aot;
        plan.graphJson.clear();
        plan.params.clear();
        auto *link = new CrtDeviceLink;
        RpcRunner runner(link, plan);
        QCOMPARE(runner.protocolName(), QStringLiteral("microTVM RPC, AOT executor"));
        QSignalSpy finished(&runner, &Device::ModelRunner::inferenceFinished);
        const QList<float> x{1, -2, 3.5f, 8};
        runner.runInference({CrtModel::floats(x)}, 3);
        QVERIFY(finished.wait(Deadline));
        const auto result = takeResult<Result<Device::InferenceResult>>(finished);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().fullText()));
        QCOMPARE(CrtModel::toFloats(result->outputs.value(0)), CrtModel::expected(x));
        QCOMPARE(result->latencies.size(), 3);
        QCOMPARE(runner.executor()->paramsLoading(), RpcExecutor::ParamsLoading::None);

        // Profiling needs the graph.
        QSignalSpy profiled(&runner, &RpcRunner::profileFinished);
        runner.profile(1, false);
        QVERIFY(profiled.wait(Deadline));
        const auto profile = takeResult<Result<OperatorProfile>>(profiled);
        QVERIFY(!profile);
        QVERIFY(profile.error().message.contains("graph"));
    }

    void oldTimeEvaluatorFallsBackToElevenArguments()
    {
        auto *link = new CrtDeviceLink;
        link->setExtraArguments({"--old-time-evaluator"});
        RpcRunner runner(link, CrtModel::plan());
        QSignalSpy finished(&runner, &Device::ModelRunner::inferenceFinished);
        const QList<float> x{1, 2, 3, 4};
        runner.runInference({CrtModel::floats(x)}, 2);
        QVERIFY(finished.wait(Deadline));
        const auto result = takeResult<Result<Device::InferenceResult>>(finished);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().fullText()));
        QCOMPARE(result->latencies.size(), 2);
        QCOMPARE(CrtModel::toFloats(result->outputs[0]), CrtModel::expected(x));
        QCOMPARE(runner.executor()->timeEvaluatorArity(), 11);
    }

    void profileListsEveryOperator_data()
    {
        QTest::addColumn<bool>("dumpTensors");
        QTest::newRow("times") << false;
        QTest::newRow("times and tensors") << true;
    }

    void profileListsEveryOperator()
    {
        QFETCH(bool, dumpTensors);
        auto *link = new CrtDeviceLink;
        RpcRunner runner(link, CrtModel::plan(16));
        QSignalSpy profiled(&runner, &RpcRunner::profileFinished);
        QList<float> x;
        for (int i = 0; i < 16; ++i)
            x.append(float(i) * 0.25f);
        runner.setProfileInputs({CrtModel::floats(x)});
        runner.profile(3, dumpTensors);
        QVERIFY(profiled.wait(Deadline));
        const auto profile = takeResult<Result<OperatorProfile>>(profiled);
        QVERIFY2(profile, qPrintable(profile ? QString() : profile.error().fullText()));
        QCOMPARE(profile->operators.size(), 3);
        QCOMPARE(profile->operators[0].node, QStringLiteral("add"));
        QCOMPARE(profile->operators[1].function, QStringLiteral("fused_multiply"));
        QCOMPARE(profile->operators[2].node, QStringLiteral("negative"));
        double shares = 0;
        for (const OperatorTime &op : profile->operators) {
            QVERIFY(op.meanUs >= 0);
            shares += op.share;
        }
        if (profile->totalUs > 0)
            QVERIFY(qAbs(shares - 1.0) < 1e-6);
        if (!dumpTensors) {
            QVERIFY(profile->nodeOutputs.isEmpty());
            return;
        }
        QCOMPARE(profile->nodeOutputs.size(), 3);
        QCOMPARE(profile->nodeOutputs.last().first, QStringLiteral("negative"));
        // The last node's output is the model's output, although its buffer is shared with
        // the add's (storage id 2).
        QCOMPARE(CrtModel::toFloats(profile->nodeOutputs.last().second.data()),
                 CrtModel::expected(x));
        QList<float> sums;
        for (int i = 0; i < 16; ++i)
            sums.append(x[i] + float(i));
        QCOMPARE(CrtModel::toFloats(profile->nodeOutputs.first().second.data()), sums);
    }

    void deviceLogReachesTheStepLog()
    {
        auto *link = new CrtDeviceLink;
        link->setExtraArguments({"--log", "hello from the CRT"});
        RpcRunner runner(link, CrtModel::plan());
        QSignalSpy logs(&runner, &Device::ModelRunner::deviceLog);
        QSignalSpy connected(&runner, &Device::ModelRunner::connected);
        runner.connectDevice();
        QVERIFY(connected.wait(Deadline));
        QVERIFY(takeResult<Result<Device::DeviceInfo>>(connected));
        QCOMPARE(logs.size(), 1);
        QCOMPARE(logs.first().at(0).toString(), QStringLiteral("hello from the CRT"));
    }

    void wrongInputsFailBeforeAnythingIsSent_data()
    {
        QTest::addColumn<int>("inputs");
        QTest::addColumn<int>("bytes");
        QTest::addColumn<quint32>("runs");
        QTest::addColumn<int>("code");
        QTest::newRow("no input") << 0 << 0 << 1u << int(ErrorCode::InvalidArgument);
        QTest::newRow("short input") << 1 << 12 << 1u << int(ErrorCode::SizeMismatch);
        QTest::newRow("zero runs") << 1 << 16 << 0u << int(ErrorCode::InvalidArgument);
    }

    void wrongInputsFailBeforeAnythingIsSent()
    {
        QFETCH(int, inputs);
        QFETCH(int, bytes);
        QFETCH(quint32, runs);
        QFETCH(int, code);
        auto *link = new CrtDeviceLink;
        RpcRunner runner(link, CrtModel::plan());
        QSignalSpy finished(&runner, &Device::ModelRunner::inferenceFinished);
        runner.runInference(QList<QByteArray>(inputs, QByteArray(bytes, '\0')), runs);
        QVERIFY(finished.isEmpty());
        QVERIFY(finished.wait(Deadline));
        const auto result = takeResult<Result<Device::InferenceResult>>(finished);
        QVERIFY(!result);
        QCOMPARE(int(result.error().code), code);
        QVERIFY(!link->isOpen());
    }

    void cancelFinishesAtOnce()
    {
        auto *link = new CrtDeviceLink;
        RpcRunner runner(link, CrtModel::plan());
        QSignalSpy connected(&runner, &Device::ModelRunner::connected);
        runner.connectDevice();
        runner.cancel();
        QCOMPARE(connected.size(), 1);
        const auto result = takeResult<Result<Device::DeviceInfo>>(connected);
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::Cancelled);
        QVERIFY(!runner.isBusy());
    }
};

QTEST_GUILESS_MAIN(TestMicroTvmRunner)
#include "tst_microtvm_runner.moc"
