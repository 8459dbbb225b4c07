#include "rpcclient.h"

#include "microtvmtr.h"

#include <device/seriallink.h>

#include <QTimer>

namespace TinyDeploy::MicroTvm {

namespace {

QString hexHandle(quint64 h)
{
    return QStringLiteral("0x%1").arg(h, 0, 16);
}

} // namespace

RpcClient::RpcClient(Device::SerialLink *link, QObject *parent)
    : QObject(parent)
    , m_link(link)
    , m_session(link)
{
    m_replyTimer.setSingleShot(true);
    connect(&m_replyTimer, &QTimer::timeout, this, &RpcClient::onReplyTimeout);
    connect(&m_session, &Session::messageReceived, this, &RpcClient::onMessage);
    connect(&m_session, &Session::deviceLog, this, &RpcClient::deviceLog);
    connect(&m_session, &Session::deviceReset, this, &RpcClient::onDeviceReset);
    connect(&m_session, &Session::deviceBooted, this, &RpcClient::deviceBooted);
    connect(&m_session, &Session::corruptFrame, this, &RpcClient::onCorruptFrame);
    connect(&m_session, &Session::sendFailed, this, &RpcClient::onLinkError);
    connect(&m_session, &Session::established, this, [this] {
        if (!m_connecting)
            return;
        getGlobalFunction(
            QStringLiteral("tvm.rpc.server.GetCRTMaxPacketSize"), [this](Result<quint64> function) {
                if (!function) {
                    auto done = std::exchange(m_connecting, std::nullopt);
                    if (done)
                        (*done)(fail(function.error()));
                    return;
                }
                call(*function,
                     {},
                     QStringLiteral("GetCRTMaxPacketSize"),
                     [this](Result<CallReturn> size) {
                         auto done = std::exchange(m_connecting, std::nullopt);
                         if (size && (size->type != TypeCode::Int || size->value.i < 64)) {
                             size = fail(
                                 requestError(ErrorCode::DeviceProtocol,
                                              Tr::tr("The device reports an unusable maximum "
                                                     "packet size (%1).")
                                                  .arg(size->value.i),
                                              {}));
                         }
                         if (size) {
                             m_maxPacket = size->value.i;
                             m_maxPacketKnown = true;
                         }
                         if (done)
                             (*done)(size ? Result<void>() : fail(size.error()));
                     });
            });
    });
    connect(&m_session, &Session::startFailed, this, [this](const Error &error) {
        if (auto done = std::exchange(m_connecting, std::nullopt))
            (*done)(fail(error));
    });
    if (link) {
        connect(link, &Device::SerialLink::readyRead, this, [this] {
            if (m_link)
                m_session.receive(m_link->readAll());
        });
        connect(link, &Device::SerialLink::errorOccurred, this, &RpcClient::onLinkError);
    }
}

RpcClient::~RpcClient() = default;

void RpcClient::setSessionTimeouts(std::chrono::milliseconds start, std::chrono::milliseconds retry)
{
    m_startTimeout = start;
    m_startRetry = retry;
}

bool RpcClient::isConnected() const
{
    return m_session.isEstablished() && m_maxPacketKnown && !m_connecting;
}

template<typename T>
void RpcClient::post(Callback<T> done, Result<T> result)
{
    QTimer::singleShot(0, this, [done = std::move(done), result = std::move(result)] {
        done(result);
    });
}

Error RpcClient::requestError(ErrorCode code, const QString &message, const QString &hint) const
{
    return makeError(code, message, m_link ? m_link->description() : QString(), hint);
}

void RpcClient::connectDevice(Callback<void> done)
{
    if (m_connecting || m_inFlight || !m_queue.empty()) {
        post<void>(std::move(done),
                   fail(requestError(ErrorCode::Internal,
                                     Tr::tr("The microTVM client is busy."),
                                     {})));
        return;
    }
    if (isConnected()) {
        post<void>(std::move(done), ok());
        return;
    }
    if (!m_link) {
        post<void>(std::move(done),
                   fail(ErrorCode::DeviceDisconnected, Tr::tr("The link to the device is gone.")));
        return;
    }
    if (!m_link->isOpen()) {
        if (auto opened = m_link->open(); !opened) {
            post<void>(std::move(done), fail(opened.error()));
            return;
        }
    }
    m_maxPacketKnown = false;
    m_connecting = std::move(done);
    m_session.start(m_startTimeout, m_startRetry);
}

Result<void> RpcClient::checkPacket(qsizetype packetBytes, const QString &what) const
{
    const qint64 body = qint64(packetBytes) - 8;
    if (body <= m_maxPacket)
        return ok();
    return fail(requestError(
        ErrorCode::LimitExceeded,
        Tr::tr("%1 needs an RPC packet of %2 bytes, over the device's limit of %3 bytes "
               "(TVM_CRT_MAX_PACKET_SIZE_BYTES %4 minus 11).")
            .arg(what)
            .arg(body)
            .arg(m_maxPacket)
            .arg(m_maxPacket + 11),
        Tr::tr("Raise TVM_CRT_MAX_PACKET_SIZE_BYTES in the firmware's crt_config.h (to at least "
               "%1), rebuild and flash it again.")
            .arg(body + 11)));
}

void RpcClient::send(QByteArray packet,
                     const QString &what,
                     std::function<void(Result<Reply>)> done,
                     std::optional<std::chrono::milliseconds> timeout)
{
    if (!m_session.isEstablished()) {
        post<Reply>(std::move(done),
                    fail(requestError(ErrorCode::DeviceDisconnected,
                                      Tr::tr("%1: no microTVM session with the device.").arg(what),
                                      Tr::tr("Connect to the device again."))));
        return;
    }
    if (auto fits = checkPacket(packet.size(), what); !fits) {
        post<Reply>(std::move(done), fail(fits.error()));
        return;
    }
    m_queue.push_back(
        Request{std::move(packet), what, timeout.value_or(m_replyTimeout), std::move(done)});
    if (!m_inFlight)
        QTimer::singleShot(0, this, &RpcClient::sendNext);
}

void RpcClient::sendNext()
{
    if (m_inFlight || m_queue.empty())
        return;
    m_inFlight = std::move(m_queue.front());
    m_queue.pop_front();
    if (auto sent = m_session.send(m_inFlight->packet); !sent) {
        failAll(sent.error());
        return;
    }
    m_replyTimer.start(m_inFlight->timeout);
}

void RpcClient::onMessage(const QByteArray &packet)
{
    if (!m_inFlight) {
        ++m_unexpectedReplies;
        return;
    }
    m_replyTimer.stop();
    Request request = std::move(*m_inFlight);
    m_inFlight.reset();
    Result<Reply> reply = MinRpc::decodeReply(packet);
    if (!reply) {
        Error error = reply.error();
        error.message = Tr::tr("%1: %2").arg(request.what, error.message);
        // A reply we cannot read leaves the exchange out of step: start over.
        dropSession();
        request.done(fail(error));
        failAll(error);
        return;
    }
    if (reply->code == RpcCode::Exception) {
        request.done(fail(requestError(
            ErrorCode::DeviceError,
            reply->exception.isEmpty()
                ? Tr::tr("%1 failed on the device (it gave no message).").arg(request.what)
                : Tr::tr("%1 failed on the device: %2").arg(request.what, reply->exception),
            Tr::tr("Check that the firmware was built from the same model archive."))));
    } else {
        request.done(*reply);
    }
    sendNext();
}

void RpcClient::onReplyTimeout()
{
    if (!m_inFlight)
        return;
    const Error error = requestError(
        ErrorCode::Timeout,
        Tr::tr("The device did not answer %1 within %2 ms.")
            .arg(m_inFlight->what)
            .arg(m_inFlight->timeout.count()),
        Tr::tr("The device may be stuck or reset: reset the board and try again. A model that "
               "runs longer needs a longer timeout."));
    dropSession();
    failAll(error);
}

void RpcClient::onCorruptFrame()
{
    dropSession();
    if (!m_inFlight && m_queue.empty())
        return;
    failAll(requestError(ErrorCode::DeviceProtocol,
                         Tr::tr("A corrupted frame arrived while waiting for %1; the request "
                                "was abandoned, never retried, and the session will restart.")
                             .arg(m_inFlight ? m_inFlight->what : Tr::tr("a reply")),
                         Tr::tr("Check the cable and the baud rate, then try again.")));
}

void RpcClient::onDeviceReset()
{
    dropSession();
    const QString what = m_inFlight ? m_inFlight->what : QString();
    emit deviceReset();
    if (!what.isEmpty() || !m_queue.empty()) {
        failAll(requestError(ErrorCode::DeviceError,
                             Tr::tr("The device reset itself during %1.").arg(what),
                             Tr::tr("Its state is lost: the request must start over. If the "
                                    "next request fails too, reset the board by hand; if it "
                                    "keeps resetting, check its power supply and its logs.")));
    }
}

void RpcClient::onLinkError(const Error &error)
{
    dropSession();
    failAll(error);
}

void RpcClient::dropSession()
{
    m_session.stop();
    m_maxPacketKnown = false;
}

void RpcClient::failAll(const Error &error)
{
    m_replyTimer.stop();
    std::deque<Request> requests;
    if (m_inFlight) {
        requests.push_back(std::move(*m_inFlight));
        m_inFlight.reset();
    }
    while (!m_queue.empty()) {
        requests.push_back(std::move(m_queue.front()));
        m_queue.pop_front();
    }
    if (auto done = std::exchange(m_connecting, std::nullopt))
        post<void>(std::move(*done), fail(error));
    for (Request &r : requests)
        post<Reply>(std::move(r.done), fail(error));
}

void RpcClient::cancel()
{
    dropSession();
    failAll(requestError(ErrorCode::Cancelled, Tr::tr("Cancelled."), {}));
}

void RpcClient::getGlobalFunction(const QString &name, Callback<quint64> done)
{
    const QString what = Tr::tr("GetGlobalFunc(%1)").arg(name);
    send(MinRpc::syscall(RpcCode::GetGlobalFunc, {Value::str(name.toUtf8())}),
         what,
         [this, name, what, done = std::move(done)](Result<Reply> reply) {
             if (!reply)
                 return done(fail(reply.error()));
             if (reply->values.size() != 1 || reply->values[0].type != TypeCode::OpaqueHandle)
                 return done(fail(requestError(ErrorCode::DeviceProtocol,
                                               Tr::tr("%1: the reply is not a handle.").arg(what),
                                               {})));
             if (reply->values[0].asHandle() == 0)
                 return done(fail(requestError(
                     ErrorCode::NotFound,
                     Tr::tr("The device has no function '%1'.").arg(name),
                     Tr::tr("The firmware does not register it: check that it was built with "
                            "the executor the model uses."))));
             done(reply->values[0].asHandle());
         });
}

void RpcClient::call(quint64 function,
                     const QList<Value> &args,
                     const QString &what,
                     Callback<CallReturn> done,
                     std::optional<std::chrono::milliseconds> timeout)
{
    send(
        MinRpc::callFunc(function, args),
        what,
        [done = std::move(done)](Result<Reply> reply) {
            if (!reply)
                return done(fail(reply.error()));
            done(MinRpc::callReturn(*reply));
        },
        timeout);
}

void RpcClient::freeHandle(quint64 handle, TypeCode type, Callback<void> done)
{
    send(MinRpc::syscall(RpcCode::FreeHandle,
                         {Value::handle(TypeCode::OpaqueHandle, handle),
                          Value::integer(qint32(type))}),
         Tr::tr("FreeHandle(%1)").arg(hexHandle(handle)),
         [done = std::move(done)](Result<Reply> reply) {
             done(reply ? ok() : Result<void>(fail(reply.error())));
         });
}

void RpcClient::allocTensor(const DlTensor &tensor, Callback<quint64> done)
{
    DlTensor empty = tensor;
    empty.data = 0;
    empty.byteOffset = 0;
    const QString what = Tr::tr("DevAllocDataWithScope(%1 bytes)").arg(tensor.byteSize());
    send(MinRpc::syscall(RpcCode::DevAllocDataWithScope, {Value::dlTensor(empty), Value::null()}),
         what,
         [this, what, done = std::move(done)](Result<Reply> reply) {
             if (!reply)
                 return done(fail(reply.error()));
             if (reply->values.size() != 1 || reply->values[0].type != TypeCode::OpaqueHandle
                 || reply->values[0].asHandle() == 0)
                 return done(
                     fail(requestError(ErrorCode::DeviceError,
                                       Tr::tr("%1: the device has no memory left.").arg(what),
                                       Tr::tr("Use a smaller model or a board with more RAM."))));
             done(reply->values[0].asHandle());
         });
}

void RpcClient::freeData(quint64 data, Callback<void> done)
{
    send(MinRpc::syscall(RpcCode::DevFreeData,
                         {Value::device(), Value::handle(TypeCode::OpaqueHandle, data)}),
         Tr::tr("DevFreeData(%1)").arg(hexHandle(data)),
         [done = std::move(done)](Result<Reply> reply) {
             done(reply ? ok() : Result<void>(fail(reply.error())));
         });
}

void RpcClient::copyToRemote(const DlTensor &target,
                             const QByteArray &data,
                             Callback<void> done,
                             Progress progress)
{
    copyChunk(target, data, 0, std::move(done), std::move(progress));
}

void RpcClient::copyChunk(
    DlTensor target, QByteArray data, qint64 offset, Callback<void> done, Progress progress)
{
    const qint64 block = m_maxPacket - MinRpc::copyOverhead(int(target.shape.size()));
    if (block <= 0) {
        post<void>(std::move(done),
                   fail(requestError(ErrorCode::LimitExceeded,
                                     Tr::tr("The device's packets are too small to copy a tensor."),
                                     {})));
        return;
    }
    const qint64 n = qMin(block, qint64(data.size()) - offset);
    DlTensor chunk = target;
    chunk.byteOffset = target.byteOffset + quint64(offset);
    send(MinRpc::copyToRemote(chunk, QByteArrayView(data).sliced(offset, n)),
         Tr::tr("CopyToRemote(bytes %1-%2 of %3)").arg(offset).arg(offset + n).arg(data.size()),
         [this, target, data, offset, n, done = std::move(done), progress = std::move(progress)](
             Result<Reply> reply) mutable {
             if (!reply)
                 return done(fail(reply.error()));
             if (progress)
                 progress(offset + n, data.size());
             if (offset + n >= data.size())
                 return done(ok());
             copyChunk(target, std::move(data), offset + n, std::move(done), std::move(progress));
         });
}

void RpcClient::copyFromRemote(const DlTensor &source, qint64 nbytes, Callback<QByteArray> done)
{
    QByteArray buffer;
    buffer.reserve(nbytes);
    readChunk(source, nbytes, std::move(buffer), std::move(done));
}

void RpcClient::readChunk(DlTensor source,
                          qint64 nbytes,
                          QByteArray buffer,
                          Callback<QByteArray> done)
{
    // The reply carries the bytes behind a 4-byte code: it must fit the limit too.
    const qint64 block = m_maxPacket - 4;
    const qint64 offset = buffer.size();
    const qint64 n = qMin(block, nbytes - offset);
    DlTensor chunk = source;
    chunk.byteOffset = source.byteOffset + quint64(offset);
    send(MinRpc::copyFromRemote(chunk, quint64(n)),
         Tr::tr("CopyFromRemote(bytes %1-%2 of %3)").arg(offset).arg(offset + n).arg(nbytes),
         [this, source, nbytes, n, buffer = std::move(buffer), done = std::move(done)](
             Result<Reply> reply) mutable {
             if (!reply)
                 return done(fail(reply.error()));
             if (reply->code != RpcCode::CopyAck || reply->data.size() != n) {
                 dropSession();
                 return done(fail(
                     requestError(ErrorCode::DeviceProtocol,
                                  Tr::tr("CopyFromRemote: the device sent %1 bytes instead of %2.")
                                      .arg(reply->data.size())
                                      .arg(n),
                                  {})));
             }
             buffer.append(reply->data);
             if (buffer.size() >= nbytes || n == 0)
                 return done(buffer);
             readChunk(source, nbytes, std::move(buffer), std::move(done));
         });
}

void RpcClient::shutdown()
{
    if (m_session.isEstablished())
        (void) m_session.send(MinRpc::shutdown());
    dropSession();
}

} // namespace TinyDeploy::MicroTvm
