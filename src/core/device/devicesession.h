#pragma once

#include "framecodec.h"
#include "messages.h"

#include <util/error.h>

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <optional>

namespace TinyDeploy::Device {

class SerialLink;

/// What the device announced in its HELLO_REPLY.
using DeviceInfo = DeviceHello;

/// The outcome of DeviceSession::runInference().
struct InferenceResult
{
    QList<QByteArray> outputs;   ///< One per model output, in the device's order.
    QList<RunLatency> latencies; ///< One per run.
    qint32 status = 0;           ///< The model's return value (0; failures are errors).
    bool hasCycleCounts = false; ///< latencies[].cycles are meaningful.
    bool cyclesEmulated = false; ///< Cycle counts come from an emulator, not silicon.
    quint32 cyclesHz = 0;
};

/// Bytes on the wire and the payload bytes inside them, for link-efficiency figures.
struct LinkCounters
{
    quint64 bytesSent = 0;
    quint64 bytesReceived = 0;
    quint64 payloadBytesSent = 0;
    quint64 payloadBytesReceived = 0;
    quint64 framesSent = 0;
    quint64 framesReceived = 0;
};

/// @brief Talks to our firmware over a SerialLink (PROTOCOL.md): hello, upload inputs, run N
/// times, collect outputs and on-device latencies.
///
/// Asynchronous and single-request: hello() and runInference() return at once and finish with
/// helloFinished() / inferenceFinished(), always exactly once per call and never before the
/// caller returns to the event loop (also for errors found before anything is sent); only
/// cancel() finishes at once. Every request has a deadline; frames that answer an older request
/// are ignored. The link must be open; the session does not own it.
class DeviceSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceSession)

public:
    enum class State { Idle, Hello, Uploading, Running };
    Q_ENUM(State)

    static constexpr std::chrono::milliseconds DefaultTimeout{10000};
    static constexpr std::chrono::milliseconds DefaultRunTimeout{60000};
    /// An incomplete frame from the device is dropped once the input has paused this long in
    /// it (the device's rule, TD_FRAME_GAP_US, with a wide margin for an emulator or a host
    /// runner descheduled on a busy machine): a device sends every frame at once, so a frame
    /// that stops is lost, and what follows it is found again.
    static constexpr std::chrono::milliseconds FrameGap{1000};

    explicit DeviceSession(SerialLink *link, QObject *parent = nullptr);
    ~DeviceSession() override;

    /// How long the device may take to answer HELLO and each INPUT chunk.
    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const;
    /// How long the device may stay silent during RUN (it sends timings at least every second,
    /// so this bounds the duration of one run of the model).
    void setRunTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds runTimeout() const;

    /// Asks the device what it runs; finishes with helloFinished().
    void hello();
    /// Uploads @p inputs (one per model input, exact sizes), runs the model @p runs times
    /// (1 to 10000) and collects the outputs; says hello first if needed. Finishes with
    /// inferenceFinished().
    void runInference(const QList<QByteArray> &inputs, quint32 runs = 1);
    /// Abandons the current request; it finishes with ErrorCode::Cancelled.
    void cancel();

    State state() const;
    bool isBusy() const;
    /// The last HELLO_REPLY, if any.
    std::optional<DeviceInfo> deviceInfo() const;
    LinkCounters counters() const;
    const FrameCodec &codec() const;

signals:
    void helloFinished(const TinyDeploy::Result<TinyDeploy::Device::DeviceHello> &result);
    void inferenceFinished(const TinyDeploy::Result<TinyDeploy::Device::InferenceResult> &result);
    /// Input bytes acknowledged by the device so far.
    void uploadProgress(qint64 done, qint64 total);
    /// Runs whose timing arrived so far.
    void runProgress(quint32 done, quint32 total);
    /// A LOG frame from the firmware, or an error it reported outside any request.
    void deviceLog(const QString &text);

private:
    enum class Goal { Hello, Inference };

    bool begin(Goal goal);
    void startDeferred(State first);
    void finish(const std::optional<Error> &error);
    void failLater(Goal goal, const Error &error);
    quint16 nextSeq();
    bool send(MessageType type, QByteArrayView payload);
    void armTimer();
    void sendHello();
    void startUpload();
    void sendNextChunk();
    void sendRun();
    /// Whether the inputs fit what the device's model takes (count and sizes).
    Result<void> checkInputs() const;
    QString linkDescription() const;

    void onReadyRead();
    void onLinkError(const Error &error);
    void onTimeout();
    void onFrameGap();
    void handleFrames(const QList<Frame> &frames);
    void handleFrame(const Frame &frame);
    void handleHelloReply(const Frame &frame);
    void handleInputAck(const Frame &frame);
    void handleRunFrame(const Frame &frame);
    void handleDeviceError(const Frame &frame);
    Error unexpectedFrame(const Frame &frame) const;

    QPointer<SerialLink> m_link;
    FrameCodec m_codec;
    QTimer m_timer;
    QTimer m_gapTimer;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
    std::chrono::milliseconds m_runTimeout = DefaultRunTimeout;
    State m_state = State::Idle;
    Goal m_goal = Goal::Hello;
    quint16 m_seq = 0;
    quint64 m_request = 0;
    std::optional<DeviceInfo> m_info;
    LinkCounters m_counters;
    quint64 m_lastCrcErrors = 0;
    quint64 m_lastDropped = 0;
    quint64 m_requestCrcErrors = 0; ///< crcErrors() when the request started.

    // The inference in progress.
    QList<QByteArray> m_inputs;
    quint32 m_runs = 0;
    int m_uploadTensor = 0;
    quint32 m_uploadOffset = 0;
    quint32 m_chunkEnd = 0;
    qint64 m_uploadDone = 0;
    qint64 m_uploadTotal = 0;
    InferenceResult m_result;
    int m_outputTensor = 0;
    quint32 m_outputOffset = 0;
    std::optional<DeviceErrorFrame> m_modelFailure;
};

} // namespace TinyDeploy::Device
