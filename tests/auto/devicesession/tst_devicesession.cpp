#include <device/devicesession.h>
#include <device/framecodec.h>
#include <fakes/fakeseriallink.h>

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <cstring>

using namespace TinyDeploy;
using namespace TinyDeploy::Device;
using namespace std::chrono_literals;

using HelloResult = Result<DeviceHello>;
using InferenceOutcome = Result<InferenceResult>;

// A device scripted in C++ behind a FakeSerialLink: it decodes what the session writes and
// answers like the firmware would, for a model with inputs "big" uint8[1000] and "small"
// float32[1,4] and one output "out" uint8[600] (out[i] = big[i] + small[0]), with a 256-byte
// maximum payload so that uploads and outputs are chunked. Flags change its behaviour.
class ScriptedDevice
{
public:
    explicit ScriptedDevice(FakeSerialLink *link)
        : m_link(link)
        , m_big(1000, '\0')
        , m_small(16, '\0')
    {
        link->setResponder([this](const QByteArray &bytes) {
            for (const Frame &frame : m_codec.feed(bytes))
                handle(frame);
        });
        hello.maxPayload = 256;
        hello.cyclesHz = 25000000;
        hello.flags = 0x03;
        hello.firmware = "scripted";
        hello.board = "fake-board";
        hello.model = "default";
        hello.entryPoint = "tvmgen_default_run";
        hello.inputs = {TensorInfo{"big", 1, 8, {1000}, 1000},
                        TensorInfo{"small", 2, 32, {1, 4}, 16}};
        hello.outputs = {TensorInfo{"out", 1, 8, {600}, 600}};
    }

    DeviceHello hello;
    bool silent = false;                 // never answers
    bool malformedHello = false;         // HELLO_REPLY with a cut payload
    bool staleFirst = false;             // sends a frame with an old seq before every answer
    bool garbageFirst = false;           // sends noise before every answer
    bool plausibleHeaderFirst = false;   // sends a header of a frame that never comes first
    bool logDuringRun = false;           // LOG frames while running
    bool failModel = false;              // MODEL_FAILED + RUN_DONE(-3)
    bool outputsOutOfOrder = false;      // second OUTPUT chunk skips bytes
    bool disconnectDuringRun = false;    // some TIMING, then the link reports a disconnect
    std::optional<quint16> errorOnInput; // ERROR with this code for the second INPUT chunk
    QList<int> inputChunkSizes;
    QList<MessageType> requests;
    int inputFrames = 0;
    int inputsSentBeforeAckWasRead = 0;

private:
    void send(MessageType type, quint16 seq, const QByteArray &payload)
    {
        if (garbageFirst)
            m_link->feed(QByteArray("\x00\xffTD\x07garbage", 12));
        if (std::exchange(plausibleHeaderFirst, false))
            m_link->feed(QByteArray("TD\x01\x81\x00\x00\x00\x01", 8)); // 256 bytes announced
        if (staleFirst && type != MessageType::Log)
            m_link->feed(FrameCodec::encode(MessageType::Pong, quint16(seq - 1), "old"));
        m_link->feed(FrameCodec::encode(type, seq, payload));
    }

    void sendError(quint16 seq, quint16 code, const QString &message)
    {
        send(MessageType::Error, seq, DeviceErrorFrame{code, message}.encode());
    }

    void handle(const Frame &frame)
    {
        requests.append(frame.messageType());
        if (silent)
            return;
        switch (frame.messageType()) {
        case MessageType::Hello: {
            QByteArray payload = hello.encode();
            if (malformedHello)
                payload.chop(3);
            send(MessageType::HelloReply, frame.seq, payload);
            return;
        }
        case MessageType::Input: {
            const auto chunk = TensorChunk::decode(frame.payload, MessageType::Input);
            QVERIFY(chunk);
            ++inputFrames;
            if (m_link->pendingBytes() > 0)
                ++inputsSentBeforeAckWasRead;
            inputChunkSizes.append(int(chunk->data.size()));
            if (errorOnInput && inputFrames == 2) {
                sendError(frame.seq, *errorOnInput, "input 0: 248 + 248 bytes exceed 300");
                return;
            }
            QByteArray &target = chunk->tensor == 0 ? m_big : m_small;
            QVERIFY(chunk->offset + chunk->data.size() <= target.size());
            std::memcpy(target.data() + chunk->offset,
                        chunk->data.constData(),
                        size_t(chunk->data.size()));
            send(MessageType::InputAck,
                 frame.seq,
                 InputAck{chunk->tensor, quint32(chunk->offset + chunk->data.size())}.encode());
            return;
        }
        case MessageType::Run: {
            const quint32 runs = RunRequest::decode(frame.payload)->runs;
            if (logDuringRun)
                send(MessageType::Log, 0, LogMessage{"running on fake-board"}.encode());
            if (failModel) {
                sendError(frame.seq,
                          quint16(DeviceErrorCode::ModelFailed),
                          "the model returned -3 in run 0");
                send(MessageType::RunDone, frame.seq, RunDone{-3, 0}.encode());
                return;
            }
            // Timings in batches of at most 20 runs (the payload limit allows 20).
            for (quint32 first = 0; first < runs; first += 20) {
                Timing timing{first, {}};
                for (quint32 r = first; r < qMin(runs, first + 20); ++r)
                    timing.runs.append({1000u + r, 40u + r});
                send(MessageType::Timing, frame.seq, timing.encode());
                if (disconnectDuringRun) {
                    m_link->injectError(makeError(ErrorCode::DeviceDisconnected,
                                                  "The device disconnected (test).",
                                                  "fake link"));
                    return;
                }
            }
            float small0 = 0;
            std::memcpy(&small0, m_small.constData(), sizeof(small0));
            QByteArray out(600, '\0');
            for (int i = 0; i < 600; ++i)
                out[i] = char(quint8(m_big[i]) + quint8(small0));
            for (qsizetype offset = 0; offset < out.size(); offset += 248) {
                qsizetype at = offset;
                if (outputsOutOfOrder && offset > 0)
                    at += 1;
                send(MessageType::Output,
                     frame.seq,
                     TensorChunk{0, quint32(at), out.mid(offset, 248)}.encode());
            }
            send(MessageType::RunDone, frame.seq, RunDone{0, runs}.encode());
            return;
        }
        default:
            sendError(frame.seq, quint16(DeviceErrorCode::UnknownType), "unknown frame type");
            return;
        }
    }

    FakeSerialLink *m_link;
    FrameCodec m_codec;
    QByteArray m_big;
    QByteArray m_small;
};

class tst_DeviceSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void helloReportsWhatTheDeviceRuns();
    void inferenceUploadsInChunksOneAckAtATime();
    void inferenceSaysHelloFirstWhenNeeded();
    void wrongInputSizeIsRefusedBeforeAnythingIsSent();
    void wrongNumberOfInputsIsRefused();
    void runsOutOfRangeAreRefused_data();
    void runsOutOfRangeAreRefused();
    void deviceErrorFrameFailsWithTheDevicesMessage();
    void modelFailureNamesTheStatus();
    void silentDeviceTimesOut();
    void silentDeviceDuringRunTimesOutWithProgress();
    void disconnectMidRunIsDeviceDisconnected();
    void logFramesAreSignalled();
    void staleFramesAndGarbageAreIgnored();
    void incompleteFrameIsDroppedAfterAPause();
    void malformedHelloIsAProtocolError();
    void outputsOutOfOrderAreAProtocolError();
    void secondRequestWhileBusyIsRefused();
    void closedLinkIsDeviceDisconnected();
    void failingWriteFailsTheRequest();
    void cancelFinishesWithCancelled();
    void sessionKeepsWorkingAfterAnError();

private:
    InferenceOutcome infer(const QList<QByteArray> &inputs, quint32 runs);
    HelloResult sayHello();
    static QList<QByteArray> goodInputs();

    FakeSerialLink *m_link = nullptr;
    ScriptedDevice *m_device = nullptr;
    DeviceSession *m_session = nullptr;
};

void tst_DeviceSession::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_DeviceSession::init()
{
    m_link = new FakeSerialLink;
    QVERIFY(m_link->open());
    m_device = new ScriptedDevice(m_link);
    m_session = new DeviceSession(m_link);
}

void tst_DeviceSession::cleanup()
{
    delete m_session;
    delete m_device;
    delete m_link;
}

QList<QByteArray> tst_DeviceSession::goodInputs()
{
    QByteArray big(1000, '\0');
    for (int i = 0; i < big.size(); ++i)
        big[i] = char(i % 200);
    const float small[4] = {3.0f, 0, 0, 0};
    return {big, QByteArray(reinterpret_cast<const char *>(small), sizeof(small))};
}

HelloResult tst_DeviceSession::sayHello()
{
    QSignalSpy spy(m_session, &DeviceSession::helloFinished);
    m_session->hello();
    if (!spy.wait(5000))
        return fail(ErrorCode::Internal, "helloFinished was not emitted");
    return spy.at(0).at(0).value<HelloResult>();
}

InferenceOutcome tst_DeviceSession::infer(const QList<QByteArray> &inputs, quint32 runs)
{
    QSignalSpy spy(m_session, &DeviceSession::inferenceFinished);
    m_session->runInference(inputs, runs);
    if (!spy.wait(5000))
        return fail(ErrorCode::Internal, "inferenceFinished was not emitted");
    if (spy.size() != 1)
        return fail(ErrorCode::Internal, "inferenceFinished was emitted more than once");
    return spy.at(0).at(0).value<InferenceOutcome>();
}

template<typename T>
static QByteArray why(const Result<T> &result)
{
    return result ? QByteArray() : result.error().fullText().toUtf8();
}

void tst_DeviceSession::helloReportsWhatTheDeviceRuns()
{
    const HelloResult hello = sayHello();
    QVERIFY2(hello, why(hello).constData());
    QCOMPARE(*hello, m_device->hello);
    QCOMPARE(hello->inputs.at(1).dtype(), QString("float32"));
    QVERIFY(hello->cyclesEmulated());
    QCOMPARE(m_session->deviceInfo(), std::optional<DeviceInfo>(m_device->hello));
    QCOMPARE(m_session->counters().framesSent, 1u);
    QCOMPARE(m_session->counters().bytesSent, quint64(Protocol::FrameOverhead));
    QCOMPARE(m_session->counters().payloadBytesReceived, quint64(m_device->hello.encode().size()));
    QVERIFY(!m_session->isBusy());
}

void tst_DeviceSession::inferenceUploadsInChunksOneAckAtATime()
{
    QVERIFY(sayHello());
    QSignalSpy upload(m_session, &DeviceSession::uploadProgress);
    QSignalSpy runs(m_session, &DeviceSession::runProgress);
    const QList<QByteArray> inputs = goodInputs();
    const InferenceOutcome result = infer(inputs, 45);
    QVERIFY2(result, why(result).constData());

    // Chunks fill the device's 256-byte payload (8 bytes of chunk header), one tensor after
    // the other, and each is sent only after the previous acknowledgement was read.
    QCOMPARE(m_device->inputChunkSizes, (QList<int>{248, 248, 248, 248, 8, 16}));
    QCOMPARE(m_device->inputsSentBeforeAckWasRead, 0);
    QCOMPARE(upload.size(), 6);
    QCOMPARE(upload.last().at(0).toLongLong(), 1016);
    QCOMPARE(upload.last().at(1).toLongLong(), 1016);
    QCOMPARE(runs.size(), 3);
    QCOMPARE(runs.last().at(0).toUInt(), 45u);

    QCOMPARE(result->outputs.size(), 1);
    QCOMPARE(result->outputs[0].size(), 600);
    for (int i = 0; i < 600; ++i)
        QCOMPARE(quint8(result->outputs[0][i]), quint8(quint8(inputs[0][i]) + 3));
    QCOMPARE(result->latencies.size(), 45);
    QCOMPARE(result->latencies[0], (RunLatency{1000, 40}));
    QCOMPARE(result->latencies[44], (RunLatency{1044, 84}));
    QVERIFY(result->hasCycleCounts);
    QVERIFY(result->cyclesEmulated);
    QCOMPARE(result->cyclesHz, 25000000u);
    QCOMPARE(result->status, 0);

    const LinkCounters c = m_session->counters();
    QCOMPARE(c.framesSent, 1u + 6u + 1u);
    QCOMPARE(c.payloadBytesSent, quint64(1016 + 6 * 8 + 4));
    QCOMPARE(c.bytesSent, c.payloadBytesSent + 8 * Protocol::FrameOverhead);
    QCOMPARE(c.bytesReceived - c.payloadBytesReceived, c.framesReceived * Protocol::FrameOverhead);
}

void tst_DeviceSession::inferenceSaysHelloFirstWhenNeeded()
{
    const InferenceOutcome result = infer(goodInputs(), 3);
    QVERIFY2(result, why(result).constData());
    QCOMPARE(m_device->requests.first(), MessageType::Hello);
    QCOMPARE(result->outputs.size(), 1);
    QCOMPARE(quint8(result->outputs[0][5]), quint8(5 + 3));
}

void tst_DeviceSession::wrongInputSizeIsRefusedBeforeAnythingIsSent()
{
    QVERIFY(sayHello());
    m_link->takeWritten();
    QList<QByteArray> inputs = goodInputs();
    inputs[1].chop(1);
    const InferenceOutcome result = infer(inputs, 1);
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(result.error().message.contains("'small'"), qPrintable(result.error().message));
    QVERIFY(result.error().message.contains("16 bytes"));
    QVERIFY(result.error().message.contains("15 bytes"));
    QCOMPARE(result.error().location, QString("input 1 ('small')"));
    QVERIFY(m_link->written().isEmpty());
    QVERIFY(!m_session->isBusy());
}

void tst_DeviceSession::wrongNumberOfInputsIsRefused()
{
    QVERIFY(sayHello());
    const InferenceOutcome result = infer({QByteArray(1000, 'x')}, 1);
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(result.error().message.contains("takes 2 input"), qPrintable(result.error().message));
    QVERIFY(result.error().message.contains("not 1"));
}

void tst_DeviceSession::runsOutOfRangeAreRefused_data()
{
    QTest::addColumn<quint32>("runs");
    QTest::newRow("zero") << 0u;
    QTest::newRow("10001") << 10001u;
}

void tst_DeviceSession::runsOutOfRangeAreRefused()
{
    QFETCH(quint32, runs);
    const InferenceOutcome result = infer(goodInputs(), runs);
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::InvalidArgument);
    QVERIFY(m_link->written().isEmpty());
}

void tst_DeviceSession::deviceErrorFrameFailsWithTheDevicesMessage()
{
    m_device->errorOnInput = quint16(DeviceErrorCode::OutOfRange);
    const InferenceOutcome result = infer(goodInputs(), 1);
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::DeviceError);
    QVERIFY2(result.error().message.contains("input 0: 248 + 248 bytes exceed 300"),
             qPrintable(result.error().message));
    QVERIFY(result.error().details.contains("OUT_OF_RANGE"));
    QVERIFY(result.error().hint.contains("another model"));
}

void tst_DeviceSession::modelFailureNamesTheStatus()
{
    m_device->failModel = true;
    const InferenceOutcome result = infer(goodInputs(), 5);
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::DeviceError);
    QVERIFY2(result.error().message.contains("the model returned -3 in run 0"),
             qPrintable(result.error().message));
    QVERIFY(result.error().details.contains("status -3"));
}

void tst_DeviceSession::silentDeviceTimesOut()
{
    m_device->silent = true;
    m_session->setTimeout(150ms);
    const HelloResult hello = sayHello();
    QVERIFY(!hello);
    QCOMPARE(hello.error().code, ErrorCode::Timeout);
    QVERIFY2(hello.error().message.contains("HELLO"), qPrintable(hello.error().message));
    QCOMPARE(hello.error().location, QString("fake link"));
    QVERIFY(hello.error().details.contains("Sent 12 bytes, received 0 bytes"));
    QVERIFY(!m_session->isBusy());
}

void tst_DeviceSession::silentDeviceDuringRunTimesOutWithProgress()
{
    QVERIFY(sayHello());
    m_session->setRunTimeout(150ms);
    // Acknowledge the upload, then go quiet when RUN arrives.
    m_link->setResponder([this, device = m_device](const QByteArray &bytes) {
        FrameCodec codec;
        for (const Frame &frame : codec.feed(bytes)) {
            if (frame.messageType() == MessageType::Input) {
                const auto chunk = TensorChunk::decode(frame.payload, MessageType::Input);
                m_link->feed(FrameCodec::encode(MessageType::InputAck,
                                                frame.seq,
                                                InputAck{chunk->tensor,
                                                         quint32(chunk->offset + chunk->data.size())}
                                                    .encode()));
            }
        }
        Q_UNUSED(device);
    });
    const InferenceOutcome result = infer(goodInputs(), 10);
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::Timeout);
    QVERIFY2(result.error().message.contains("0 of 10 runs"), qPrintable(result.error().message));
}

void tst_DeviceSession::disconnectMidRunIsDeviceDisconnected()
{
    m_device->disconnectDuringRun = true;
    const InferenceOutcome result = infer(goodInputs(), 50);
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::DeviceDisconnected);
    QVERIFY(result.error().message.contains("disconnected"));
}

void tst_DeviceSession::logFramesAreSignalled()
{
    m_device->logDuringRun = true;
    QSignalSpy logs(m_session, &DeviceSession::deviceLog);
    const InferenceOutcome result = infer(goodInputs(), 1);
    QVERIFY2(result, why(result).constData());
    QCOMPARE(logs.size(), 1);
    QCOMPARE(logs.at(0).at(0).toString(), QString("running on fake-board"));
}

void tst_DeviceSession::staleFramesAndGarbageAreIgnored()
{
    m_device->staleFirst = true;
    m_device->garbageFirst = true;
    const InferenceOutcome result = infer(goodInputs(), 25);
    QVERIFY2(result, why(result).constData());
    QCOMPARE(result->latencies.size(), 25);
    QVERIFY(m_session->codec().droppedBytes() > 0);
}

void tst_DeviceSession::incompleteFrameIsDroppedAfterAPause()
{
    // Garbage that forms a plausible header holds the reply behind it until the input pauses
    // for FrameGap; then the session drops it and finds the reply (PROTOCOL.md, "Receiving").
    m_device->plausibleHeaderFirst = true;
    const HelloResult hello = sayHello();
    QVERIFY2(hello, why(hello).constData());
    QCOMPARE(m_session->codec().stalledFrames(), 1u);
    QCOMPARE(m_session->codec().bufferedBytes(), 0);
    QCOMPARE(m_session->codec().crcErrors(), 0u);
}

void tst_DeviceSession::malformedHelloIsAProtocolError()
{
    m_device->malformedHello = true;
    const HelloResult hello = sayHello();
    QVERIFY(!hello);
    QCOMPARE(hello.error().code, ErrorCode::DeviceProtocol);
    QVERIFY2(hello.error().location.startsWith("HELLO_REPLY.outputs[0]"),
             qPrintable(hello.error().location));
}

void tst_DeviceSession::outputsOutOfOrderAreAProtocolError()
{
    m_device->outputsOutOfOrder = true;
    const InferenceOutcome result = infer(goodInputs(), 1);
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::DeviceProtocol);
    QVERIFY2(result.error().message.contains("output 0"), qPrintable(result.error().message));
}

void tst_DeviceSession::secondRequestWhileBusyIsRefused()
{
    QSignalSpy hellos(m_session, &DeviceSession::helloFinished);
    m_session->hello();
    m_session->hello();
    QTRY_COMPARE(hellos.size(), 2);
    const auto first = hellos.at(0).at(0).value<HelloResult>();
    const auto second = hellos.at(1).at(0).value<HelloResult>();
    // The refusal is queued at once; the real answer follows from the event loop.
    QVERIFY(!first);
    QCOMPARE(first.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(second, why(second).constData());
}

void tst_DeviceSession::closedLinkIsDeviceDisconnected()
{
    m_link->close();
    const HelloResult hello = sayHello();
    QVERIFY(!hello);
    QCOMPARE(hello.error().code, ErrorCode::DeviceDisconnected);
}

void tst_DeviceSession::failingWriteFailsTheRequest()
{
    m_link->setFailWrites(true);
    const HelloResult hello = sayHello();
    QVERIFY(!hello);
    QCOMPARE(hello.error().code, ErrorCode::Io);
    QVERIFY(!m_session->isBusy());
}

void tst_DeviceSession::cancelFinishesWithCancelled()
{
    m_device->silent = true;
    QSignalSpy spy(m_session, &DeviceSession::helloFinished);
    m_session->hello();
    QVERIFY(m_session->isBusy());
    m_session->cancel();
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).value<HelloResult>().error().code, ErrorCode::Cancelled);
    QVERIFY(!m_session->isBusy());
}

void tst_DeviceSession::sessionKeepsWorkingAfterAnError()
{
    m_device->errorOnInput = quint16(DeviceErrorCode::OutOfRange);
    QVERIFY(!infer(goodInputs(), 1));
    m_device->errorOnInput.reset();
    const InferenceOutcome result = infer(goodInputs(), 2);
    QVERIFY2(result, why(result).constData());
    QCOMPARE(result->latencies.size(), 2);
}

QTEST_GUILESS_MAIN(tst_DeviceSession)
#include "tst_devicesession.moc"
