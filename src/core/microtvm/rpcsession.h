#pragma once

#include "rpcframing.h"

#include <device/seriallink.h>
#include <util/error.h>

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

namespace TinyDeploy::MicroTvm {

/// Session message types (spec 2.1).
enum class MessageType : quint8 {
    StartSessionInit = 0x00,
    StartSessionReply = 0x01,
    TerminateSession = 0x02,
    Log = 0x03,
    Normal = 0x10,
};

/// @brief The session layer of microTVM RPC (spec section 2) over a SerialLink.
///
/// start() sends kTerminateSession and kStartSessionInit with a fresh nonce (again with a new
/// nonce every retry interval) and finishes with established() or startFailed(). Once
/// established, send() wraps one RPC packet in one kNormal message; received kNormal messages
/// of this session arrive as messageReceived(), kLog text (at any time) as deviceLog().
/// A kTerminateSession from the device while established means it reset: deviceReset(), and
/// the session is down until the next start(). Never sends kNormal before the init reply, never
/// kLog. Frames the unframer rejects (bad CRC, cut short, oversized) are reported by
/// corruptFrame(). The link is not owned and must be open.
class Session final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    enum class State { Down, Starting, Established };

    /// @p maxFramePayload bounds what the unframer accepts from the device.
    explicit Session(Device::SerialLink *link,
                     qsizetype maxFramePayload = 64 * 1024,
                     QObject *parent = nullptr);
    ~Session() override;

    /// Starts (or restarts) the session; @p retry 0 sends the init once.
    void start(std::chrono::milliseconds timeout, std::chrono::milliseconds retry);
    /// Forgets the session (no traffic); the next start() handshakes again.
    void stop();
    /// Sends one RPC packet as a kNormal message; InvalidArgument when not established.
    Result<void> send(QByteArrayView rpcPacket);
    /// Feeds bytes that arrived on the link (the owner reads the link and calls this).
    void receive(QByteArrayView bytes);

    State state() const { return m_state; }
    bool isEstablished() const { return m_state == State::Established; }
    quint16 sessionId() const { return m_sessionId; }
    const UnframerCounters &counters() const { return m_unframer.counters(); }
    quint64 bytesSent() const { return m_bytesSent; }
    quint64 bytesReceived() const { return m_bytesReceived; }

    /// The nonce step of both peers (spec 2.2).
    static quint8 nextNonce(quint8 nonce);
    /// The session id of an initiator and a responder nonce.
    static quint16 makeSessionId(quint8 initiator, quint8 responder)
    {
        return quint16(initiator | (responder << 8));
    }
    /// A frame payload: the 3-byte header and the body.
    static QByteArray message(quint16 sessionId, MessageType type, QByteArrayView body);

signals:
    void established(quint16 sessionId);
    void startFailed(const TinyDeploy::Error &error);
    void messageReceived(const QByteArray &rpcPacket);
    void deviceLog(const QString &text);
    void deviceReset();
    /// A kTerminateSession from the device outside a session: it booted (again) since the last
    /// session, so whatever it held (handles, executors) is gone.
    void deviceBooted();
    void corruptFrame();
    void sendFailed(const TinyDeploy::Error &error);

private:
    void sendInit();
    bool writeFrame(QByteArrayView payload, bool nopPrefix);
    void handlePayload(const QByteArray &payload);
    void onRetry();
    void onStartTimeout();

    QPointer<Device::SerialLink> m_link;
    Unframer m_unframer;
    State m_state = State::Down;
    quint8 m_nonce = 0;
    quint16 m_sessionId = 0;
    QTimer m_retryTimer;
    QTimer m_startTimer;
    std::chrono::milliseconds m_startTimeout{0};
    quint64 m_lastBadFrames = 0;
    quint64 m_bytesSent = 0;
    quint64 m_bytesReceived = 0;
};

} // namespace TinyDeploy::MicroTvm
