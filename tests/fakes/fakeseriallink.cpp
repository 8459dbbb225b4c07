#include "fakeseriallink.h"

#include <QMetaObject>

using namespace TinyDeploy;

FakeSerialLink::FakeSerialLink(QObject *parent)
    : SerialLink(parent)
{}

Result<void> FakeSerialLink::open()
{
    if (m_openError)
        return fail(*m_openError);
    m_open = true;
    return ok();
}

void FakeSerialLink::close()
{
    m_open = false;
}

bool FakeSerialLink::isOpen() const
{
    return m_open;
}

Result<void> FakeSerialLink::write(const QByteArray &data)
{
    if (!m_open)
        return fail(ErrorCode::DeviceDisconnected, "fake link is closed", description());
    if (m_failWrites)
        return fail(ErrorCode::Io, "fake write failure", description());
    ++m_writes;
    m_written.append(data);
    if (m_responder)
        m_responder(data);
    return ok();
}

QByteArray FakeSerialLink::readAll()
{
    return std::exchange(m_incoming, {});
}

QString FakeSerialLink::description() const
{
    return QStringLiteral("fake link");
}

void FakeSerialLink::feed(const QByteArray &bytes)
{
    m_incoming.append(bytes);
    // Like a real port, data is announced from the event loop, never inside write().
    if (m_readyReadPending)
        return;
    m_readyReadPending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_readyReadPending = false;
            if (m_open && !m_incoming.isEmpty())
                emit readyRead();
        },
        Qt::QueuedConnection);
}

QByteArray FakeSerialLink::written() const
{
    return m_written;
}

QByteArray FakeSerialLink::takeWritten()
{
    return std::exchange(m_written, {});
}

void FakeSerialLink::injectError(const Error &error)
{
    if (error.code == ErrorCode::DeviceDisconnected)
        m_open = false;
    emit errorOccurred(error);
}

void FakeSerialLink::setResponder(Responder responder)
{
    m_responder = std::move(responder);
}

void FakeSerialLink::setOpenError(const std::optional<Error> &error)
{
    m_openError = error;
}

void FakeSerialLink::setFailWrites(bool fail)
{
    m_failWrites = fail;
}

int FakeSerialLink::writeCount() const
{
    return m_writes;
}

qsizetype FakeSerialLink::pendingBytes() const
{
    return m_incoming.size();
}
