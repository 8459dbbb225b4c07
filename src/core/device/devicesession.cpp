#include "devicesession.h"

#include "deviceerrors.h"
#include "devicelogging.h"
#include "devicetr.h"
#include "seriallink.h"

namespace TinyDeploy::Device {

DeviceSession::DeviceSession(SerialLink *link, QObject *parent)
    : QObject(parent)
    , m_link(link)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DeviceSession::onTimeout);
    m_gapTimer.setSingleShot(true);
    m_gapTimer.setInterval(FrameGap);
    connect(&m_gapTimer, &QTimer::timeout, this, &DeviceSession::onFrameGap);
    if (link) {
        connect(link, &SerialLink::readyRead, this, &DeviceSession::onReadyRead);
        connect(link, &SerialLink::errorOccurred, this, &DeviceSession::onLinkError);
    }
}

DeviceSession::~DeviceSession() = default;

void DeviceSession::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

std::chrono::milliseconds DeviceSession::timeout() const
{
    return m_timeout;
}

void DeviceSession::setRunTimeout(std::chrono::milliseconds timeout)
{
    m_runTimeout = timeout;
}

std::chrono::milliseconds DeviceSession::runTimeout() const
{
    return m_runTimeout;
}

DeviceSession::State DeviceSession::state() const
{
    return m_state;
}

bool DeviceSession::isBusy() const
{
    return m_state != State::Idle;
}

std::optional<DeviceInfo> DeviceSession::deviceInfo() const
{
    return m_info;
}

LinkCounters DeviceSession::counters() const
{
    return m_counters;
}

const FrameCodec &DeviceSession::codec() const
{
    return m_codec;
}

void DeviceSession::failLater(Goal goal, const Error &error)
{
    // Deferred, so that a caller connecting after the call still sees the result.
    QMetaObject::invokeMethod(
        this,
        [this, goal, error] {
            if (goal == Goal::Hello)
                emit helloFinished(fail(error));
            else
                emit inferenceFinished(fail(error));
        },
        Qt::QueuedConnection);
}

bool DeviceSession::begin(Goal goal)
{
    if (isBusy()) {
        failLater(goal, DeviceErrors::busy(linkDescription()));
        return false;
    }
    if (!m_link || !m_link->isOpen()) {
        failLater(goal, DeviceErrors::linkNotOpen(linkDescription()));
        return false;
    }
    m_goal = goal;
    return true;
}

void DeviceSession::finish(const std::optional<Error> &error)
{
    ++m_request;
    m_timer.stop();
    m_state = State::Idle;
    m_inputs.clear();
    m_modelFailure.reset();
    if (error)
        qCDebug(lcDevice) << "request failed:" << error->oneLine();
    if (m_goal == Goal::Hello) {
        if (error)
            emit helloFinished(fail(*error));
        else
            emit helloFinished(*m_info);
    } else {
        if (error)
            emit inferenceFinished(fail(*error));
        else
            emit inferenceFinished(std::move(m_result));
        m_result = {};
    }
}

quint16 DeviceSession::nextSeq()
{
    // 0 is what the device uses for frames outside any request.
    if (++m_seq == 0)
        m_seq = 1;
    return m_seq;
}

bool DeviceSession::send(MessageType type, QByteArrayView payload)
{
    const QByteArray frame = FrameCodec::encode(type, m_seq, payload);
    qCDebug(lcDeviceWire).noquote()
        << "tx" << messageTypeName(quint8(type)) << "seq" << m_seq << frame.left(64).toHex(' ');
    m_counters.bytesSent += quint64(frame.size());
    m_counters.payloadBytesSent += quint64(payload.size());
    ++m_counters.framesSent;
    if (auto written = m_link->write(frame); !written) {
        finish(written.error());
        return false;
    }
    return true;
}

void DeviceSession::armTimer()
{
    m_timer.start(m_state == State::Running ? m_runTimeout : m_timeout);
}

void DeviceSession::startDeferred(State first)
{
    // Busy at once (a second call is refused), but nothing is sent and nothing can finish
    // before the caller returns to the event loop: callers may connect after calling.
    m_state = first;
    m_requestCrcErrors = m_codec.crcErrors();
    const quint64 request = ++m_request;
    QMetaObject::invokeMethod(
        this,
        [this, request] {
            if (request != m_request || !isBusy())
                return; // cancelled meanwhile
            if (m_info && m_goal == Goal::Inference)
                startUpload();
            else
                sendHello();
        },
        Qt::QueuedConnection);
}

void DeviceSession::hello()
{
    if (!begin(Goal::Hello))
        return;
    startDeferred(State::Hello);
}

void DeviceSession::runInference(const QList<QByteArray> &inputs, quint32 runs)
{
    if (runs == 0 || runs > Protocol::MaxRuns) {
        failLater(Goal::Inference, DeviceErrors::badRunCount(runs));
        return;
    }
    if (!begin(Goal::Inference))
        return;
    m_inputs = inputs;
    m_runs = runs;
    m_result = {};
    startDeferred(m_info ? State::Uploading : State::Hello);
}

void DeviceSession::cancel()
{
    if (isBusy())
        finish(DeviceErrors::cancelled(linkDescription()));
}

void DeviceSession::sendHello()
{
    m_state = State::Hello;
    nextSeq();
    if (send(MessageType::Hello, {}))
        armTimer();
}

Result<void> DeviceSession::checkInputs() const
{
    const QList<TensorInfo> &expected = m_info->inputs;
    if (m_inputs.size() != expected.size())
        return fail(DeviceErrors::inputCountMismatch(*m_info, m_inputs.size()));
    for (qsizetype i = 0; i < expected.size(); ++i) {
        if (m_inputs.at(i).size() != qsizetype(expected.at(i).bytes))
            return fail(
                DeviceErrors::inputSizeMismatch(expected.at(i), int(i), m_inputs.at(i).size()));
    }
    return ok();
}

void DeviceSession::startUpload()
{
    if (const Result<void> checked = checkInputs(); !checked) {
        finish(checked.error());
        return;
    }
    m_state = State::Uploading;
    m_uploadTensor = 0;
    m_uploadOffset = 0;
    m_uploadDone = 0;
    m_uploadTotal = 0;
    for (const QByteArray &input : std::as_const(m_inputs))
        m_uploadTotal += input.size();
    sendNextChunk();
}

void DeviceSession::sendNextChunk()
{
    while (m_uploadTensor < m_inputs.size()
           && m_uploadOffset >= quint32(m_inputs.at(m_uploadTensor).size())) {
        ++m_uploadTensor;
        m_uploadOffset = 0;
    }
    if (m_uploadTensor >= m_inputs.size()) {
        sendRun();
        return;
    }
    const QByteArray &input = m_inputs.at(m_uploadTensor);
    const qsizetype room = qsizetype(m_info->maxPayload) - Protocol::ChunkHeaderSize;
    const qsizetype length = qMin(room, input.size() - qsizetype(m_uploadOffset));
    TensorChunk chunk{quint8(m_uploadTensor), m_uploadOffset, input.mid(m_uploadOffset, length)};
    m_chunkEnd = m_uploadOffset + quint32(length);
    nextSeq();
    if (send(MessageType::Input, chunk.encode()))
        armTimer();
}

void DeviceSession::sendRun()
{
    m_state = State::Running;
    m_result = {};
    for (const TensorInfo &output : std::as_const(m_info->outputs))
        m_result.outputs.append(QByteArray(qsizetype(output.bytes), '\0'));
    m_result.hasCycleCounts = m_info->hasCycleCounter();
    m_result.cyclesEmulated = m_info->cyclesEmulated();
    m_result.cyclesHz = m_info->cyclesHz;
    m_result.latencies.reserve(m_runs);
    m_outputTensor = 0;
    m_outputOffset = 0;
    nextSeq();
    if (send(MessageType::Run, RunRequest{m_runs}.encode()))
        armTimer();
}

void DeviceSession::onReadyRead()
{
    if (!m_link)
        return;
    const QByteArray data = m_link->readAll();
    if (data.isEmpty())
        return;
    m_counters.bytesReceived += quint64(data.size());
    qCDebug(lcDeviceWire).noquote() << "rx" << data.size() << "bytes" << data.left(64).toHex(' ');
    handleFrames(m_codec.feed(data));
}

void DeviceSession::onFrameGap()
{
    // Bytes the link holds already continue the frame: no pause.
    if (m_link && m_link->isOpen()) {
        if (const QByteArray data = m_link->readAll(); !data.isEmpty()) {
            m_counters.bytesReceived += quint64(data.size());
            handleFrames(m_codec.feed(data));
            return;
        }
    }
    const qsizetype held = m_codec.bufferedBytes();
    if (held == 0)
        return;
    qCWarning(lcDevice) << "dropped an incomplete frame of" << held << "bytes after a pause of"
                        << FrameGap.count() << "ms";
    handleFrames(m_codec.dropStalled());
}

void DeviceSession::handleFrames(const QList<Frame> &frames)
{
    if (m_codec.bufferedBytes() > 0)
        m_gapTimer.start();
    else
        m_gapTimer.stop();
    if (m_codec.droppedBytes() != m_lastDropped) {
        qCWarning(lcDevice) << "dropped" << m_codec.droppedBytes() - m_lastDropped
                            << "bytes from the device that were not frames;"
                            << m_codec.crcErrors() - m_lastCrcErrors << "CRC failures";
        m_lastDropped = m_codec.droppedBytes();
        m_lastCrcErrors = m_codec.crcErrors();
    }
    // A slot connected to a *Finished signal may delete this session with deleteLater() only;
    // the guard covers a link that goes away meanwhile.
    const QPointer<DeviceSession> guard(this);
    for (const Frame &frame : frames) {
        if (!guard)
            return;
        handleFrame(frame);
    }
}

void DeviceSession::onLinkError(const Error &error)
{
    qCWarning(lcDevice) << error.oneLine();
    if (isBusy())
        finish(error);
}

void DeviceSession::onTimeout()
{
    if (!isBusy())
        return;
    DeviceErrors::TimeoutContext context;
    context.phase = m_state == State::Running     ? DeviceErrors::TimeoutContext::Phase::Run
                    : m_state == State::Uploading ? DeviceErrors::TimeoutContext::Phase::Upload
                                                  : DeviceErrors::TimeoutContext::Phase::Hello;
    context.timeout = m_state == State::Running ? m_runTimeout : m_timeout;
    context.uploadTensor = m_uploadTensor;
    context.chunkEnd = m_chunkEnd;
    context.runsReported = m_result.latencies.size();
    context.runs = m_runs;
    context.bytesSent = m_counters.bytesSent;
    context.bytesReceived = m_counters.bytesReceived;
    context.droppedBytes = m_codec.droppedBytes();
    finish(DeviceErrors::timeout(context, linkDescription()));
}

void DeviceSession::handleFrame(const Frame &frame)
{
    ++m_counters.framesReceived;
    m_counters.payloadBytesReceived += quint64(frame.payload.size());
    qCDebug(lcDeviceWire).noquote() << "frame" << messageTypeName(frame.type) << "seq" << frame.seq
                                    << frame.payload.size() << "bytes";
    if (frame.messageType() == MessageType::Log) {
        emit deviceLog(LogMessage::decode(frame.payload).value_or(LogMessage{}).text);
        return;
    }
    if (!isBusy() || frame.seq != m_seq) {
        if (frame.messageType() == MessageType::Error) {
            if (const auto error = DeviceErrorFrame::decode(frame.payload)) {
                qCWarning(lcDevice)
                    << "device error outside a request:" << error->codeName() << error->message;
                emit deviceLog(
                    Tr::tr("The device reported %1: %2").arg(error->codeName(), error->message));
            }
        } else {
            qCDebug(lcDevice) << "ignoring" << messageTypeName(frame.type) << "seq" << frame.seq
                              << "(waiting for seq" << m_seq << ")";
        }
        return;
    }
    armTimer();
    if (frame.messageType() == MessageType::Error) {
        handleDeviceError(frame);
        return;
    }
    switch (m_state) {
    case State::Hello:
        if (frame.messageType() == MessageType::HelloReply)
            handleHelloReply(frame);
        else
            finish(unexpectedFrame(frame));
        return;
    case State::Uploading:
        if (frame.messageType() == MessageType::InputAck)
            handleInputAck(frame);
        else
            finish(unexpectedFrame(frame));
        return;
    case State::Running:
        handleRunFrame(frame);
        return;
    case State::Idle:
        return;
    }
}

QString DeviceSession::linkDescription() const
{
    return m_link ? m_link->description() : QString();
}

Error DeviceSession::unexpectedFrame(const Frame &frame) const
{
    static const char *const requests[] = {"", "HELLO", "INPUT", "RUN"};
    return DeviceErrors::unexpectedFrame(QLatin1String(requests[int(m_state)]),
                                         frame.type,
                                         frame.payload,
                                         linkDescription());
}

void DeviceSession::handleDeviceError(const Frame &frame)
{
    const auto error = DeviceErrorFrame::decode(frame.payload);
    if (!error) {
        finish(error.error());
        return;
    }
    // A failing model is followed by RUN_DONE with its status; wait for it so that the whole
    // answer is consumed and the error names the status.
    if (m_state == State::Running && error->code == quint16(DeviceErrorCode::ModelFailed)) {
        m_modelFailure = *error;
        return;
    }
    finish(DeviceErrors::deviceError(*error, linkDescription()));
}

void DeviceSession::handleHelloReply(const Frame &frame)
{
    auto hello = DeviceHello::decode(frame.payload);
    if (!hello) {
        finish(hello.error());
        return;
    }
    m_info = std::move(*hello);
    qCDebug(lcDevice) << "device" << m_info->firmware << "board" << m_info->board << "model"
                      << m_info->model << "max payload" << m_info->maxPayload;
    if (m_goal == Goal::Hello)
        finish(std::nullopt);
    else
        startUpload();
}

void DeviceSession::handleInputAck(const Frame &frame)
{
    const auto ack = InputAck::decode(frame.payload);
    if (!ack) {
        finish(ack.error());
        return;
    }
    if (ack->tensor != m_uploadTensor || ack->bytesReceived != m_chunkEnd) {
        finish(DeviceErrors::inputAckMismatch(ack->bytesReceived,
                                              ack->tensor,
                                              m_chunkEnd,
                                              m_uploadTensor,
                                              linkDescription()));
        return;
    }
    m_uploadDone += m_chunkEnd - m_uploadOffset;
    m_uploadOffset = m_chunkEnd;
    emit uploadProgress(m_uploadDone, m_uploadTotal);
    if (isBusy())
        sendNextChunk();
}

void DeviceSession::handleRunFrame(const Frame &frame)
{
    const auto protocolError = [this](const QString &message) {
        finish(DeviceErrors::protocolViolation(message,
                                               m_codec.crcErrors() - m_requestCrcErrors,
                                               linkDescription()));
    };
    switch (frame.messageType()) {
    case MessageType::Timing: {
        const auto timing = Timing::decode(frame.payload);
        if (!timing) {
            finish(timing.error());
            return;
        }
        if (timing->firstRun != quint32(m_result.latencies.size())
            || quint64(m_result.latencies.size()) + quint64(timing->runs.size()) > m_runs) {
            protocolError(Tr::tr("The device sent timings for runs %1 to %2, but %3 of %4 runs "
                                 "were already reported.")
                              .arg(timing->firstRun)
                              .arg(quint64(timing->firstRun) + quint64(timing->runs.size()))
                              .arg(m_result.latencies.size())
                              .arg(m_runs));
            return;
        }
        m_result.latencies.append(timing->runs);
        emit runProgress(quint32(m_result.latencies.size()), m_runs);
        return;
    }
    case MessageType::Output: {
        const auto chunk = TensorChunk::decode(frame.payload, MessageType::Output);
        if (!chunk) {
            finish(chunk.error());
            return;
        }
        while (m_outputTensor < m_result.outputs.size()
               && m_outputOffset >= quint32(m_result.outputs.at(m_outputTensor).size())) {
            ++m_outputTensor;
            m_outputOffset = 0;
        }
        if (m_outputTensor >= m_result.outputs.size() || chunk->tensor != m_outputTensor
            || chunk->offset != m_outputOffset
            || quint64(chunk->offset) + quint64(chunk->data.size())
                   > quint64(m_result.outputs.at(m_outputTensor).size())) {
            protocolError(Tr::tr("The device sent bytes %1 to %2 of output %3, which does not "
                                 "fit what was expected next (output %4 from byte %5).")
                              .arg(chunk->offset)
                              .arg(quint64(chunk->offset) + quint64(chunk->data.size()))
                              .arg(chunk->tensor)
                              .arg(m_outputTensor)
                              .arg(m_outputOffset));
            return;
        }
        QByteArray &output = m_result.outputs[m_outputTensor];
        memcpy(output.data() + chunk->offset, chunk->data.constData(), size_t(chunk->data.size()));
        m_outputOffset += quint32(chunk->data.size());
        return;
    }
    case MessageType::RunDone: {
        const auto done = RunDone::decode(frame.payload);
        if (!done) {
            finish(done.error());
            return;
        }
        if (m_modelFailure || done->status != 0) {
            const QString message = m_modelFailure ? m_modelFailure->message
                                                   : Tr::tr("status %1").arg(done->status);
            finish(DeviceErrors::modelFailed(message,
                                             done->status,
                                             done->runsCompleted,
                                             linkDescription()));
            return;
        }
        qint64 missing = 0;
        for (qsizetype i = m_outputTensor; i < m_result.outputs.size(); ++i)
            missing += m_result.outputs.at(i).size() - (i == m_outputTensor ? m_outputOffset : 0);
        if (done->runsCompleted != m_runs || quint32(m_result.latencies.size()) != m_runs
            || missing > 0) {
            protocolError(Tr::tr("The device finished after %1 of %2 runs, with %3 timings and "
                                 "%4 output bytes missing.")
                              .arg(done->runsCompleted)
                              .arg(m_runs)
                              .arg(m_result.latencies.size())
                              .arg(missing));
            return;
        }
        m_result.status = done->status;
        finish(std::nullopt);
        return;
    }
    default:
        finish(unexpectedFrame(frame));
        return;
    }
}

} // namespace TinyDeploy::Device
