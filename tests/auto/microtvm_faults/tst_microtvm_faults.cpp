// Faults between RpcRunner and TVM's real CRT (crt_device behind CrtDeviceLink's relay): a
// device reset mid-session, corrupted frames both ways, a silent device, a graph JSON over the
// packet limit, garbage on the line. Never a wrong answer; every failure says what and where;
// the next request works again.
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
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(TinyDeploy::Result<TinyDeploy::Device::DeviceInfo>)
Q_DECLARE_METATYPE(TinyDeploy::Result<TinyDeploy::Device::InferenceResult>)

namespace {

constexpr int Deadline = 60000;

struct Rig
{
    explicit Rig(int elements = 4)
        : link(new CrtDeviceLink)
        , runner(link, CrtModel::plan(elements))
        , connected(&runner, &Device::ModelRunner::connected)
        , finished(&runner, &Device::ModelRunner::inferenceFinished)
    {
        for (int i = 0; i < elements; ++i)
            x.append(float(i) + 0.5f);
    }

    bool connect()
    {
        runner.connectDevice();
        if (!connected.wait(Deadline))
            return false;
        const auto info = connected.takeFirst().at(0).value<Result<Device::DeviceInfo>>();
        if (!info)
            qWarning("%s", qPrintable(info.error().fullText()));
        return bool(info);
    }

    Result<Device::InferenceResult> run()
    {
        runner.runInference({CrtModel::floats(x)}, 1);
        if (!finished.wait(Deadline))
            return fail(ErrorCode::Internal, "no inferenceFinished");
        return finished.takeFirst().at(0).value<Result<Device::InferenceResult>>();
    }

    /// A run that must work and give the model's exact output.
    bool runsCorrectly()
    {
        const auto result = run();
        if (!result) {
            qWarning("%s", qPrintable(result.error().fullText()));
            return false;
        }
        return CrtModel::toFloats(result->outputs.value(0)) == CrtModel::expected(x);
    }

    CrtDeviceLink *link;
    RpcRunner runner;
    QSignalSpy connected;
    QSignalSpy finished;
    QList<float> x;
};

} // namespace

class TestMicroTvmFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qRegisterMetaType<Result<Device::DeviceInfo>>();
        qRegisterMetaType<Result<Device::InferenceResult>>();
        if (!QFileInfo::exists(CrtDeviceLink::executable()))
            QSKIP("crt_device was not built (no standalone CRT in ../shared/tvm-crt)");
    }

    void resetBetweenRequestsHandshakesAgain()
    {
        Rig rig;
        QSignalSpy logs(&rig.runner, &Device::ModelRunner::deviceLog);
        QVERIFY(rig.connect());
        rig.link->resetDevice(); // boots again: its boot frame is a kTerminateSession
        QTRY_VERIFY_WITH_TIMEOUT(!rig.runner.executor()->isCreated(), Deadline);
        QVERIFY(!logs.isEmpty());
        // The run goes on: new session, new executor on the new boot.
        QVERIFY(rig.runsCorrectly());
        QCOMPARE(rig.link->boots(), 2);
    }

    void resetDuringARequestFailsItClearly()
    {
        Rig rig(1024); // three input chunks
        QVERIFY(rig.connect());
        bool reset = false;
        QObject::connect(&rig.runner, &Device::ModelRunner::uploadProgress, &rig.runner, [&] {
            if (!std::exchange(reset, true))
                rig.link->resetDevice();
        });
        const auto result = rig.run();
        QVERIFY(!result);
        QVERIFY2(result.error().code == ErrorCode::DeviceError
                     || result.error().code == ErrorCode::DeviceDisconnected,
                 qPrintable(result.error().fullText()));
        QVERIFY2(result.error().message.contains("reset")
                     || result.error().message.contains("exited"),
                 qPrintable(result.error().message));
        QObject::disconnect(&rig.runner, &Device::ModelRunner::uploadProgress, nullptr, nullptr);
        // A chunk sent with the old session id may have reached the new boot and locked its
        // receive buffer (spec 2.5): then the next request fails clearly (the device exits,
        // as TVM's host template does) and the one after works on a fresh boot.
        const auto next = rig.run();
        if (next)
            QCOMPARE(CrtModel::toFloats(next->outputs.value(0)), CrtModel::expected(rig.x));
        else
            QVERIFY(!next.error().message.isEmpty());
        if (!next)
            QVERIFY(rig.runsCorrectly());
    }

    void resetAfterATimeoutCreatesTheExecutorAgain()
    {
        // The device resets while no session is up (the last request timed out): its boot
        // frame arrives outside a session. The handles of the old executor belong to the old
        // boot; the next run must create the executor again, not use them (which crashed the
        // CRT).
        Rig rig;
        rig.runner.setTimeouts(1000ms, 5s);
        QVERIFY(rig.connect());
        rig.link->setSilent(true);
        const auto timedOut = rig.run();
        QVERIFY(!timedOut);
        QCOMPARE(timedOut.error().code, ErrorCode::Timeout);
        rig.link->setSilent(false);
        QSignalSpy logs(&rig.runner, &Device::ModelRunner::deviceLog);
        rig.link->resetDevice();
        QTRY_VERIFY_WITH_TIMEOUT(!rig.runner.executor()->isCreated(), Deadline);
        QVERIFY(!logs.isEmpty());
        QVERIFY(rig.runsCorrectly());
        QCOMPARE(rig.link->boots(), 2);
        QVERIFY2(rig.link->deviceStderr().isEmpty(), rig.link->deviceStderr().constData());
    }

    void corruptedReplyIsNeverAnAnswer()
    {
        Rig rig;
        QVERIFY(rig.connect());
        rig.link->corruptNextDeviceFrame();
        const auto result = rig.run();
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::DeviceProtocol);
        QVERIFY2(result.error().message.contains("corrupted"), qPrintable(result.error().message));
        QVERIFY(!rig.runner.client()->isConnected()); // session dropped, request not retried
        QVERIFY(rig.runsCorrectly());
    }

    void corruptedRequestTimesOutThenRecovers()
    {
        // The CRT drops a bad-CRC frame without a reply and keeps its payload (spec 1.2): the
        // client times out, and the next handshake flushes the stale bytes.
        Rig rig;
        rig.runner.setTimeouts(1500ms, 10s);
        QVERIFY(rig.connect());
        rig.link->corruptNextHostFrame();
        const auto result = rig.run();
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::Timeout);
        QVERIFY2(result.error().message.contains("CopyToRemote"),
                 qPrintable(result.error().message));
        QVERIFY(rig.runsCorrectly());
        QCOMPARE(rig.link->boots(), 1);
    }

    void silentDeviceTimesOutNamingTheCall()
    {
        Rig rig;
        rig.runner.setTimeouts(1000ms, 5s);
        QVERIFY(rig.connect());
        rig.link->setSilent(true);
        const auto result = rig.run();
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::Timeout);
        QVERIFY2(result.error().message.contains("CopyToRemote")
                     && result.error().message.contains("1000 ms"),
                 qPrintable(result.error().message));
        QVERIFY(!result.error().hint.isEmpty());
        QCOMPARE(result.error().location, rig.link->description());
    }

    void silentDeviceFailsTheSessionStart()
    {
        auto *link = new CrtDeviceLink;
        link->setSilent(true);
        RpcRunner runner(link, CrtModel::plan());
        runner.setSessionTimeouts(1000ms, 300ms);
        QSignalSpy connected(&runner, &Device::ModelRunner::connected);
        runner.connectDevice();
        QVERIFY(connected.wait(Deadline));
        const auto info = connected.takeFirst().at(0).value<Result<Device::DeviceInfo>>();
        QVERIFY(!info);
        QCOMPARE(info.error().code, ErrorCode::Timeout);
        QVERIFY(info.error().message.contains("session start"));
    }

    void graphJsonOverThePacketLimit()
    {
        ModelPlan plan = CrtModel::plan();
        plan.graphJson = CrtModel::graphJson(4, QString(3000, 'n'));
        auto *link = new CrtDeviceLink;
        RpcRunner runner(link, plan);
        QSignalSpy connected(&runner, &Device::ModelRunner::connected);
        runner.connectDevice();
        QVERIFY(connected.wait(Deadline));
        const auto info = connected.takeFirst().at(0).value<Result<Device::DeviceInfo>>();
        QVERIFY(!info);
        QCOMPARE(info.error().code, ErrorCode::LimitExceeded);
        QVERIFY2(info.error().message.contains("2037"), qPrintable(info.error().message));
        QVERIFY(info.error().message.contains("graph JSON"));
        QVERIFY(info.error().hint.contains("TVM_CRT_MAX_PACKET_SIZE_BYTES"));
        QVERIFY(info.error().hint.contains("crt_config.h"));
        // Nothing oversized reached the device: it still answers.
        QVERIFY(link->isOpen());
        QVERIFY(runner.client()->isConnected());
    }

    void garbageOnTheLine_data()
    {
        QTest::addColumn<QByteArray>("toHost");
        QTest::addColumn<QByteArray>("toDevice");
        QTest::newRow("printf noise to the host")
            << QByteArray("boot: clock 48 MHz\r\n") << QByteArray();
        QTest::newRow("escapes and broken frames to the host")
            << QByteArray::fromHex("ff01fffe00fffd0500ff02fffd01") << QByteArray();
        QTest::newRow("noise to the device")
            << QByteArray() << QByteArray("\x00\x13 noise \xfe\x01", 10);
        QTest::newRow("both ways") << QByteArray("\xff\xff\xff", 3) << QByteArray("zzzz");
    }

    void garbageOnTheLine()
    {
        QFETCH(QByteArray, toHost);
        QFETCH(QByteArray, toDevice);
        Rig rig;
        QVERIFY(rig.connect());
        if (!toDevice.isEmpty())
            rig.link->sendGarbageToDevice(toDevice);
        if (!toHost.isEmpty())
            rig.link->injectGarbage(toHost);
        // Garbage between frames is skipped; a broken partial frame right before a reply is
        // dropped at the reply's FF FD. Either the run works, or it fails clearly: never a
        // wrong answer.
        const auto result = rig.run();
        if (result)
            QCOMPARE(CrtModel::toFloats(result->outputs.value(0)), CrtModel::expected(rig.x));
        else
            QVERIFY(!result.error().message.isEmpty());
        QVERIFY(rig.runsCorrectly());
    }
};

QTEST_GUILESS_MAIN(TestMicroTvmFaults)
#include "tst_microtvm_faults.moc"
