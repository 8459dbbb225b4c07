#pragma once

#include "minrpc.h"
#include "rpcsession.h"

#include <device/seriallink.h>
#include <util/error.h>

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <deque>
#include <functional>
#include <optional>

namespace TinyDeploy::MicroTvm {

/// @brief Asynchronous minRPC client of a microTVM CRT RPC server over a SerialLink (not owned).
///
/// connectDevice() opens the link when closed, starts a session and learns the device's packet
/// limit (tvm.rpc.server.GetCRTMaxPacketSize). Requests then go out one at a time in call order;
/// each callback runs exactly once, from the event loop (never inside the call). Every reply
/// has a deadline. A timeout, a corrupted frame or a device reset fails the request in flight
/// and every queued one; the request is never retried (the CRT may execute a corrupted frame's
/// payload in place of the next one, spec 1.2) and the session is dropped, so the next
/// connectDevice() handshakes again. Every packet is checked against the device's limit before
/// it is sent (LimitExceeded naming TVM_CRT_MAX_PACKET_SIZE_BYTES).
class RpcClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RpcClient)

public:
    template<typename T>
    using Callback = std::function<void(Result<T>)>;
    using Progress = std::function<void(qint64 done, qint64 total)>;

    static constexpr std::chrono::milliseconds DefaultReplyTimeout{10000};
    static constexpr std::chrono::milliseconds DefaultStartTimeout{10000};
    static constexpr std::chrono::milliseconds DefaultStartRetry{1000};
    /// Limit assumed until the device tells its own: the smallest TVM configures (Zephyr,
    /// 512-byte frames).
    static constexpr qint64 AssumedMaxPacket = 512 - 11;

    explicit RpcClient(Device::SerialLink *link, QObject *parent = nullptr);
    ~RpcClient() override;

    void setReplyTimeout(std::chrono::milliseconds timeout) { m_replyTimeout = timeout; }
    std::chrono::milliseconds replyTimeout() const { return m_replyTimeout; }
    void setSessionTimeouts(std::chrono::milliseconds start, std::chrono::milliseconds retry);

    void connectDevice(Callback<void> done);
    bool isConnected() const;
    /// Bytes of the largest RPC packet the device takes after its u64 length (GetCRTMaxPacketSize).
    qint64 maxPacketSize() const { return m_maxPacket; }
    Device::SerialLink *link() const { return m_link; }
    const Session &session() const { return m_session; }

    /// The handle of a global function; NotFound when the device has none by that name.
    void getGlobalFunction(const QString &name, Callback<quint64> done);
    /// Calls @p function; @p what names it in errors ("get_output"); @p timeout overrides the
    /// reply deadline (a long run).
    void call(quint64 function,
              const QList<Value> &args,
              const QString &what,
              Callback<CallReturn> done,
              std::optional<std::chrono::milliseconds> timeout = {});
    void freeHandle(quint64 handle, TypeCode type, Callback<void> done);
    /// Allocates device memory for @p tensor (kDevAllocDataWithScope); the data pointer.
    void allocTensor(const DlTensor &tensor, Callback<quint64> done);
    void freeData(quint64 data, Callback<void> done);
    /// Writes @p data into @p target from its byte_offset on, in chunks that fit the device.
    void copyToRemote(const DlTensor &target,
                      const QByteArray &data,
                      Callback<void> done,
                      Progress progress = {});
    /// Reads @p nbytes of @p source from its byte_offset on.
    void copyFromRemote(const DlTensor &source, qint64 nbytes, Callback<QByteArray> done);
    /// kShutdown (no reply), then the session is down.
    void shutdown();
    /// Fails everything pending with Cancelled and drops the session.
    void cancel();

    /// Checks an RPC packet (with its u64 length) against the device's limit.
    Result<void> checkPacket(qsizetype packetBytes, const QString &what) const;
    /// Replies that arrived with no request waiting (late replies), for diagnostics.
    quint64 unexpectedReplies() const { return m_unexpectedReplies; }

signals:
    void deviceLog(const QString &text);
    /// The device reset itself (it sent kTerminateSession during the session).
    void deviceReset();
    /// The device booted outside a session (Session::deviceBooted()): its handles are gone.
    void deviceBooted();

private:
    struct Request
    {
        QByteArray packet;
        QString what;
        std::chrono::milliseconds timeout{0};
        std::function<void(Result<Reply>)> done;
    };

    void send(QByteArray packet,
              const QString &what,
              std::function<void(Result<Reply>)> done,
              std::optional<std::chrono::milliseconds> timeout = {});
    void sendNext();
    void onMessage(const QByteArray &packet);
    void onReplyTimeout();
    void onCorruptFrame();
    void onDeviceReset();
    void onLinkError(const Error &error);
    void failAll(const Error &error);
    void dropSession();
    template<typename T>
    void post(Callback<T> done, Result<T> result);
    Error requestError(ErrorCode code, const QString &message, const QString &hint) const;
    void copyChunk(
        DlTensor target, QByteArray data, qint64 offset, Callback<void> done, Progress progress);
    void readChunk(DlTensor source, qint64 nbytes, QByteArray buffer, Callback<QByteArray> done);

    QPointer<Device::SerialLink> m_link;
    Session m_session;
    QTimer m_replyTimer;
    std::chrono::milliseconds m_replyTimeout = DefaultReplyTimeout;
    std::chrono::milliseconds m_startTimeout = DefaultStartTimeout;
    std::chrono::milliseconds m_startRetry = DefaultStartRetry;
    qint64 m_maxPacket = AssumedMaxPacket;
    bool m_maxPacketKnown = false;
    std::deque<Request> m_queue;
    std::optional<Request> m_inFlight;
    std::optional<Callback<void>> m_connecting;
    quint64 m_unexpectedReplies = 0;
};

} // namespace TinyDeploy::MicroTvm
