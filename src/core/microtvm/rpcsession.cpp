#include "rpcsession.h"

#include "microtvmtr.h"

#include <device/seriallink.h>

#include <QRandomGenerator>

namespace TinyDeploy::MicroTvm {

namespace {

constexpr quint8 SessionVersion = 0x01;
constexpr qsizetype HeaderBytes = 3;

quint64 badFrames(const UnframerCounters &c)
{
    return c.crcErrors + c.abandonedFrames + c.oversizedFrames;
}

} // namespace

Session::Session(Device::SerialLink *link, qsizetype maxFramePayload, QObject *parent)
    : QObject(parent)
    , m_link(link)
    , m_unframer(maxFramePayload)
{
    m_retryTimer.setSingleShot(true);
    m_startTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &Session::onRetry);
    connect(&m_startTimer, &QTimer::timeout, this, &Session::onStartTimeout);
    m_nonce = quint8(QRandomGenerator::global()->bounded(1, 256));
}

Session::~Session() = default;

quint8 Session::nextNonce(quint8 nonce)
{
    const int n = int(nonce);
    auto next = quint8(((n << 5) | (n >> 5)) + 1);
    return next == 0 ? quint8(1) : next;
}

QByteArray Session::message(quint16 sessionId, MessageType type, QByteArrayView body)
{
    QByteArray out;
    out.reserve(HeaderBytes + body.size());
    out.append(char(sessionId & 0xFF));
    out.append(char(sessionId >> 8));
    out.append(char(type));
    out.append(body.data(), body.size());
    return out;
}

void Session::start(std::chrono::milliseconds timeout, std::chrono::milliseconds retry)
{
    m_state = State::Starting;
    m_unframer.reset();
    m_startTimeout = timeout;
    // Two terminates: the first may only flush a stale partial frame out of the device's
    // receive buffer (spec 1.2); the second resets its session for sure.
    const QByteArray terminate = message(0, MessageType::TerminateSession, {});
    if (!writeFrame(terminate, true) || !writeFrame(terminate, false))
        return;
    sendInit();
    if (m_state != State::Starting)
        return;
    if (retry.count() > 0)
        m_retryTimer.start(retry);
    m_startTimer.start(timeout);
}

void Session::stop()
{
    m_retryTimer.stop();
    m_startTimer.stop();
    m_state = State::Down;
    m_unframer.reset();
}

void Session::sendInit()
{
    m_nonce = nextNonce(m_nonce);
    m_sessionId = makeSessionId(m_nonce, 0);
    const char version = char(SessionVersion);
    writeFrame(message(m_sessionId, MessageType::StartSessionInit, QByteArrayView(&version, 1)),
               false);
}

void Session::onRetry()
{
    if (m_state != State::Starting)
        return;
    const QByteArray terminate = message(0, MessageType::TerminateSession, {});
    if (!writeFrame(terminate, false))
        return;
    sendInit();
    m_retryTimer.start();
}

void Session::onStartTimeout()
{
    if (m_state != State::Starting)
        return;
    stop();
    emit startFailed(makeError(
        ErrorCode::Timeout,
        Tr::tr("The device did not answer the microTVM session start within %1 ms.")
            .arg(m_startTimeout.count()),
        m_link ? m_link->description() : QString(),
        Tr::tr("Check that the board runs host-driven (microTVM RPC) firmware and is not stuck: "
               "reset it or flash it again, then retry.")));
}

bool Session::writeFrame(QByteArrayView payload, bool nopPrefix)
{
    if (!m_link) {
        stop();
        emit sendFailed(makeError(ErrorCode::DeviceDisconnected, Tr::tr("The link is gone.")));
        return false;
    }
    const QByteArray bytes = Framing::frame(payload, nopPrefix);
    if (const auto written = m_link->write(bytes); !written) {
        stop();
        emit sendFailed(written.error());
        return false;
    }
    m_bytesSent += quint64(bytes.size());
    return true;
}

Result<void> Session::send(QByteArrayView rpcPacket)
{
    if (m_state != State::Established) {
        return fail(ErrorCode::Internal,
                    Tr::tr("No microTVM session is established."),
                    m_link ? m_link->description() : QString());
    }
    if (!writeFrame(message(m_sessionId, MessageType::Normal, rpcPacket), false))
        return fail(ErrorCode::DeviceDisconnected, Tr::tr("Could not write to the device."));
    return ok();
}

void Session::receive(QByteArrayView bytes)
{
    m_bytesReceived += quint64(bytes.size());
    const QList<QByteArray> payloads = m_unframer.feed(bytes);
    const quint64 bad = badFrames(m_unframer.counters());
    const bool corrupt = bad != m_lastBadFrames;
    m_lastBadFrames = bad;
    QPointer<Session> self(this);
    for (const QByteArray &payload : payloads) {
        handlePayload(payload);
        if (!self)
            return;
    }
    if (corrupt)
        emit corruptFrame();
}

void Session::handlePayload(const QByteArray &payload)
{
    if (payload.size() < HeaderBytes)
        return;
    const quint16 id = quint16(quint8(payload[0]) | (quint8(payload[1]) << 8));
    const auto type = MessageType(quint8(payload[2]));
    const QByteArray body = payload.sliced(HeaderBytes);
    switch (type) {
    case MessageType::StartSessionReply: {
        if (m_state != State::Starting || (id & 0xFF) != m_nonce || (id >> 8) == 0
            || body != QByteArrayView("\x01", 1))
            return;
        m_retryTimer.stop();
        m_startTimer.stop();
        m_sessionId = id;
        m_state = State::Established;
        emit established(id);
        return;
    }
    case MessageType::TerminateSession:
        if (m_state == State::Established) {
            m_state = State::Down;
            emit deviceReset();
        } else {
            // The device sends it only when it boots (spec 2.3): a reset while no session was
            // up (after a timeout, say) is seen here, before the next session.
            emit deviceBooted();
        }
        return;
    case MessageType::Log:
        if (id == 0 || id == m_sessionId)
            emit deviceLog(QString::fromUtf8(body));
        return;
    case MessageType::Normal:
        if (m_state == State::Established && id == m_sessionId)
            emit messageReceived(body);
        return;
    case MessageType::StartSessionInit:
        return; // the device never initiates
    }
}

} // namespace TinyDeploy::MicroTvm
