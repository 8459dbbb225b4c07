// The real C device runtime (fake_device: the host runner with a fake model) on a real pty,
// driven through SerialPortLink and DeviceSession as the app does.
#include <device/devicesession.h>
#include <device/framecodec.h>
#include <device/serialportlink.h>

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstring>
#include <memory>

using namespace TinyDeploy;
using namespace TinyDeploy::Device;
using namespace std::chrono_literals;

using HelloResult = Result<DeviceHello>;
using InferenceOutcome = Result<InferenceResult>;

template<typename T>
static QByteArray why(const Result<T> &result)
{
    return result ? QByteArray() : result.error().fullText().toUtf8();
}

static QByteArray floats(std::initializer_list<float> values)
{
    QByteArray bytes(qsizetype(values.size() * sizeof(float)), Qt::Uninitialized);
    std::memcpy(bytes.data(), std::data(values), size_t(bytes.size()));
    return bytes;
}

static QList<float> toFloats(const QByteArray &bytes)
{
    QList<float> values(bytes.size() / qsizetype(sizeof(float)));
    std::memcpy(values.data(), bytes.constData(), size_t(values.size()) * sizeof(float));
    return values;
}

/// One fake_device process in --pty mode, with a link and a session on its pty.
struct FakeDevice
{
    QTemporaryDir dir;
    QProcess process;
    std::unique_ptr<SerialPortLink> link;
    std::unique_ptr<DeviceSession> session;
    QString pathFile;

    bool start(const QString &executable, const QStringList &environment = {})
    {
        pathFile = dir.filePath("pty-path");
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &entry : environment)
            env.insert(entry.section('=', 0, 0), entry.section('=', 1));
        process.setProcessEnvironment(env);
        process.setProgram(QStringLiteral(TINYDEPLOY_BINARY_DIR "/tests/fakes/") + executable);
        process.setArguments({"--pty", pathFile});
        process.start();
        return process.waitForStarted(10000);
    }

    QString slavePath() const
    {
        QFile file(pathFile);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromLocal8Bit(file.readAll()).trimmed();
    }

    ~FakeDevice()
    {
        session.reset();
        link.reset();
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(10000);
        }
    }
};

class tst_DevicePty : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void helloAndInferenceGiveTheFakeModelsExactOutputs();
    void largeInputIsUploadedInFullSizeChunks();
    void garbageAndTruncatedFramesGetErrorsAndTheDeviceKeepsServing();
    void oversizedInputsAreRefusedOnBothSides();
    void modelFailureIsReportedAndTheDeviceKeepsServing();
    void killingTheDeviceMidRunIsDeviceDisconnected();
    void missingPortIsPortUnavailable();
    void sigtermEndsTheRunnerCleanly();
    void stdioModeEndsAtEndOfInput();

private:
    void connectTo(const QString &executable, const QStringList &environment = {});
    HelloResult sayHello();
    InferenceOutcome infer(const QList<QByteArray> &inputs, quint32 runs);

    std::unique_ptr<FakeDevice> m_device;
};

void tst_DevicePty::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFile::exists(TINYDEPLOY_BINARY_DIR "/tests/fakes/fake_device"),
             "fake_device is not built");
}

void tst_DevicePty::init()
{
    m_device = std::make_unique<FakeDevice>();
}

void tst_DevicePty::cleanup()
{
    m_device.reset();
}

void tst_DevicePty::connectTo(const QString &executable, const QStringList &environment)
{
    QVERIFY2(m_device->start(executable, environment), qPrintable(m_device->process.errorString()));
    // The runner writes the slave path atomically once the pty is ready.
    QTRY_VERIFY_WITH_TIMEOUT(!m_device->slavePath().isEmpty(), 10000);
    m_device->link = std::make_unique<SerialPortLink>(m_device->slavePath());
    const auto opened = m_device->link->open();
    QVERIFY2(opened, why(opened).constData());
    m_device->session = std::make_unique<DeviceSession>(m_device->link.get());
}

HelloResult tst_DevicePty::sayHello()
{
    QSignalSpy spy(m_device->session.get(), &DeviceSession::helloFinished);
    m_device->session->hello();
    if (!spy.wait(15000))
        return fail(ErrorCode::Internal, "no helloFinished");
    return spy.at(0).at(0).value<HelloResult>();
}

InferenceOutcome tst_DevicePty::infer(const QList<QByteArray> &inputs, quint32 runs)
{
    QSignalSpy spy(m_device->session.get(), &DeviceSession::inferenceFinished);
    m_device->session->runInference(inputs, runs);
    if (!spy.wait(60000))
        return fail(ErrorCode::Internal, "no inferenceFinished");
    return spy.at(0).at(0).value<InferenceOutcome>();
}

void tst_DevicePty::helloAndInferenceGiveTheFakeModelsExactOutputs()
{
    connectTo("fake_device");
    if (QTest::currentTestFailed())
        return;
    const HelloResult hello = sayHello();
    QVERIFY2(hello, why(hello).constData());
    QCOMPARE(hello->board, QString("host"));
    QCOMPARE(hello->firmware, QString("tinydeploy-runner 0.1.0"));
    QCOMPARE(hello->model, QString("fake"));
    QCOMPARE(hello->maxPayload, quint16(4096));
    QVERIFY(!hello->hasCycleCounter());
    QCOMPARE(hello->inputs.size(), 1);
    QCOMPARE(hello->inputs[0].dtype(), QString("float32"));
    QCOMPARE(hello->inputs[0].shape, (QList<qint32>{1, 4}));

    const InferenceOutcome result = infer({floats({1.0f, -2.5f, 0.0f, 100.0f})}, 7);
    QVERIFY2(result, why(result).constData());
    QCOMPARE(toFloats(result->outputs.at(0)), (QList<float>{3.0f, -4.0f, 1.0f, 201.0f}));
    QCOMPARE(result->latencies.size(), 7);
    QVERIFY(!result->hasCycleCounts);
    for (const RunLatency &latency : result->latencies) {
        QCOMPARE(latency.cycles, 0u);
        QVERIFY(latency.microseconds < 1000000);
    }
    // Same device, new inputs: nothing stale from the previous run.
    const InferenceOutcome again = infer({floats({0.5f, 0.5f, 0.5f, 0.5f})}, 1);
    QVERIFY2(again, why(again).constData());
    QCOMPARE(toFloats(again->outputs.at(0)), (QList<float>{2.0f, 2.0f, 2.0f, 2.0f}));
}

void tst_DevicePty::largeInputIsUploadedInFullSizeChunks()
{
    connectTo("fake_device_large");
    if (QTest::currentTestFailed())
        return;
    QByteArray data(65536, Qt::Uninitialized);
    quint32 sum = 0;
    for (int i = 0; i < data.size(); ++i) {
        data[i] = char((i * 7 + i / 256) & 0xFF);
        sum += quint8(data[i]);
    }
    data[0] = 1; // not the 0xEE failure trigger
    sum = sum - quint8((0 * 7) & 0xFF) + 1;
    const InferenceOutcome result = infer({data}, 3);
    QVERIFY2(result, why(result).constData());
    quint32 deviceSum = 0;
    std::memcpy(&deviceSum, result->outputs.at(0).constData(), sizeof(deviceSum));
    QCOMPARE(deviceSum, sum);
    const LinkCounters c = m_device->session->counters();
    // HELLO, 17 INPUT chunks of up to 4088 bytes, RUN.
    QCOMPARE(c.framesSent, 1u + 17u + 1u);
}

void tst_DevicePty::garbageAndTruncatedFramesGetErrorsAndTheDeviceKeepsServing()
{
    connectTo("fake_device");
    if (QTest::currentTestFailed())
        return;
    QVERIFY(sayHello());
    QSignalSpy logs(m_device->session.get(), &DeviceSession::deviceLog);

    // Garbage, including things that look like the start of a frame. (Garbage that forms a
    // plausible header would hold back what follows until the input pauses; the truncated
    // frame below covers that.)
    QVERIFY(m_device->link->write(QByteArrayLiteral("\x00\xff TD\x02\x03 hello\r\n TDT")));
    // A frame with a bad CRC.
    QByteArray corrupted = FrameCodec::encode(MessageType::Ping, 700, "ping");
    corrupted[corrupted.size() - 2] = char(corrupted[corrupted.size() - 2] ^ 0x10);
    QVERIFY(m_device->link->write(corrupted));
    QTRY_VERIFY_WITH_TIMEOUT(!logs.isEmpty(), 10000);
    QVERIFY2(logs.last().at(0).toString().contains("BAD_CRC"),
             qPrintable(logs.last().at(0).toString()));

    // A truncated frame: its sender stops in the middle. The runner drops it once the input
    // has paused for 250 ms; this pause is the behaviour under test, not a hopeful sleep.
    const QByteArray input = FrameCodec::encode(MessageType::Input,
                                                701,
                                                TensorChunk{0, 0, QByteArray(16, '\1')}.encode());
    QVERIFY(m_device->link->write(input.left(input.size() - 5)));
    const QDeadlineTimer pause(400ms);
    QTRY_VERIFY(pause.hasExpired());
    const HelloResult hello = sayHello();
    QVERIFY2(hello, why(hello).constData());
    QTRY_VERIFY_WITH_TIMEOUT(logs.size() >= 2, 10000);
    QVERIFY2(logs.last().at(0).toString().contains("TRUNCATED"),
             qPrintable(logs.last().at(0).toString()));

    const InferenceOutcome result = infer({floats({1, 2, 3, 4})}, 1);
    QVERIFY2(result, why(result).constData());
    QCOMPARE(toFloats(result->outputs.at(0)), (QList<float>{3, 5, 7, 9}));
}

void tst_DevicePty::oversizedInputsAreRefusedOnBothSides()
{
    connectTo("fake_device");
    if (QTest::currentTestFailed())
        return;
    QVERIFY(sayHello());
    // The session refuses before sending anything.
    const InferenceOutcome refused = infer({QByteArray(17, '\0')}, 1);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::InvalidArgument);
    QVERIFY(refused.error().message.contains("17 bytes"));

    // The device refuses what a broken host would send, and keeps serving.
    QSignalSpy logs(m_device->session.get(), &DeviceSession::deviceLog);
    QVERIFY(m_device->link->write(
        FrameCodec::encode(MessageType::Input,
                           800,
                           TensorChunk{0, 8, QByteArray(16, '\0')}.encode())));
    QVERIFY(
        m_device->link->write(FrameCodec::encode(MessageType::Input,
                                                 801,
                                                 TensorChunk{3, 0, QByteArray(4, '\0')}.encode())));
    QTRY_COMPARE_WITH_TIMEOUT(logs.size(), 2, 10000);
    QVERIFY2(logs.at(0).at(0).toString().contains("OUT_OF_RANGE: input 0: 8 + 16 bytes exceed 16"),
             qPrintable(logs.at(0).at(0).toString()));
    QVERIFY(logs.at(1).at(0).toString().contains("BAD_TENSOR"));
    const InferenceOutcome result = infer({floats({0, 0, 0, 0})}, 1);
    QVERIFY2(result, why(result).constData());
    QCOMPARE(toFloats(result->outputs.at(0)), (QList<float>{1, 1, 1, 1}));
}

void tst_DevicePty::modelFailureIsReportedAndTheDeviceKeepsServing()
{
    connectTo("fake_device");
    if (QTest::currentTestFailed())
        return;
    QByteArray trigger = floats({0, 0, 0, 0});
    trigger[0] = char(0xEE);
    const InferenceOutcome failed = infer({trigger}, 3);
    QVERIFY(!failed);
    QCOMPARE(failed.error().code, ErrorCode::DeviceError);
    QVERIFY2(failed.error().message.contains("the model returned -3 in run 0"),
             qPrintable(failed.error().message));
    const InferenceOutcome result = infer({floats({1, 1, 1, 1})}, 2);
    QVERIFY2(result, why(result).constData());
    QCOMPARE(toFloats(result->outputs.at(0)), (QList<float>{3, 3, 3, 3}));
}

void tst_DevicePty::killingTheDeviceMidRunIsDeviceDisconnected()
{
    // 20 ms per run: 10000 runs would take minutes; the runner reports timings every second.
    connectTo("fake_device", {"TD_FAKE_RUN_DELAY_US=20000"});
    if (QTest::currentTestFailed())
        return;
    QSignalSpy progress(m_device->session.get(), &DeviceSession::runProgress);
    QSignalSpy finished(m_device->session.get(), &DeviceSession::inferenceFinished);
    m_device->session->runInference({floats({1, 2, 3, 4})}, 10000);
    QVERIFY(progress.wait(15000));
    QVERIFY(finished.isEmpty());
    ::kill(pid_t(m_device->process.processId()), SIGKILL);
    QVERIFY(finished.wait(15000));
    const auto result = finished.at(0).at(0).value<InferenceOutcome>();
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::DeviceDisconnected);
    QVERIFY2(result.error().message.startsWith("The device disconnected"),
             qPrintable(result.error().message));
    QCOMPARE(result.error().location, m_device->link->portName());
    QVERIFY(!m_device->link->isOpen());
}

void tst_DevicePty::missingPortIsPortUnavailable()
{
    SerialPortLink link("/dev/pts/does-not-exist");
    const auto opened = link.open();
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, ErrorCode::PortUnavailable);
    QVERIFY(opened.error().message.contains("/dev/pts/does-not-exist"));
    QVERIFY(!opened.error().hint.isEmpty());
}

void tst_DevicePty::sigtermEndsTheRunnerCleanly()
{
    connectTo("fake_device");
    if (QTest::currentTestFailed())
        return;
    QVERIFY(sayHello());
    QSignalSpy finished(&m_device->process, &QProcess::finished);
    m_device->process.terminate();
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_device->process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_device->process.exitCode(), 0);
    QVERIFY(!QFile::exists(m_device->pathFile));
    QCOMPARE(m_device->process.readAllStandardOutput().trimmed(),
             m_device->link->portName().toLocal8Bit());
}

void tst_DevicePty::stdioModeEndsAtEndOfInput()
{
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(TINYDEPLOY_BINARY_DIR "/tests/fakes/fake_device"), {"--stdio"});
    process.write(FrameCodec::encode(MessageType::Hello, 3, {}));
    process.closeWriteChannel();
    QVERIFY(finished.wait(10000));
    QCOMPARE(process.exitCode(), 0);
    FrameCodec codec;
    const QList<Frame> frames = codec.feed(process.readAllStandardOutput());
    QCOMPARE(frames.size(), 1);
    QCOMPARE(frames[0].messageType(), MessageType::HelloReply);
    QCOMPARE(frames[0].seq, quint16(3));
}

QTEST_GUILESS_MAIN(tst_DevicePty)
#include "tst_device_pty.moc"
