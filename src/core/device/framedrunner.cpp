#include "framedrunner.h"

#include "devicesession.h"
#include "devicetr.h"
#include "seriallink.h"

#include <QTimer>

namespace TinyDeploy::Device {

FramedRunner::FramedRunner(SerialLink *link, QObject *parent)
    : ModelRunner(parent)
    , m_link(link)
{
    Q_ASSERT(link);
    link->setParent(this);
}

FramedRunner::~FramedRunner()
{
    close();
}

void FramedRunner::setTimeouts(std::optional<std::chrono::milliseconds> timeout,
                               std::optional<std::chrono::milliseconds> runTimeout)
{
    m_timeout = timeout;
    m_runTimeout = runTimeout;
    if (m_session) {
        if (timeout)
            m_session->setTimeout(*timeout);
        if (runTimeout)
            m_session->setRunTimeout(*runTimeout);
    }
}

RunProtocol FramedRunner::protocol() const
{
    return RunProtocol::Framed;
}

QString FramedRunner::protocolName() const
{
    return Tr::tr("TinyDeploy protocol");
}

QString FramedRunner::linkDescription() const
{
    return m_link->description();
}

Result<void> FramedRunner::ensureOpen()
{
    if (m_session && m_link->isOpen())
        return ok();
    closeSession();
    if (Result<void> opened = m_link->open(); !opened)
        return opened;
    auto *session = new DeviceSession(m_link, this);
    m_session = session;
    if (m_timeout)
        session->setTimeout(*m_timeout);
    if (m_runTimeout)
        session->setRunTimeout(*m_runTimeout);
    connect(session, &DeviceSession::deviceLog, this, &ModelRunner::deviceLog);
    connect(session, &DeviceSession::uploadProgress, this, &ModelRunner::uploadProgress);
    connect(session, &DeviceSession::runProgress, this, &ModelRunner::runProgress);
    // Answers of a session closed since are not this runner's any more.
    connect(session,
            &DeviceSession::helloFinished,
            this,
            [this, session](const Result<DeviceHello> &hello) {
                if (session != m_session)
                    return;
                if (hello)
                    m_info = *hello;
                emit connected(hello);
            });
    connect(session,
            &DeviceSession::inferenceFinished,
            this,
            [this, session](const Result<InferenceResult> &result) {
                if (session != m_session)
                    return;
                if (const std::optional<DeviceInfo> info = session->deviceInfo())
                    m_info = info;
                emit inferenceFinished(result);
            });
    return ok();
}

void FramedRunner::connectDevice()
{
    if (Result<void> opened = ensureOpen(); !opened) {
        // The contract: never finish before the caller returns to the event loop.
        QTimer::singleShot(0, this, [this, error = opened.error()] {
            emit connected(std::unexpected<Error>(error));
        });
        return;
    }
    m_session->hello();
}

void FramedRunner::runInference(const QList<QByteArray> &inputs, quint32 runs)
{
    if (Result<void> opened = ensureOpen(); !opened) {
        QTimer::singleShot(0, this, [this, error = opened.error()] {
            emit inferenceFinished(std::unexpected<Error>(error));
        });
        return;
    }
    m_session->runInference(inputs, runs);
}

void FramedRunner::cancel()
{
    if (m_session)
        m_session->cancel();
}

void FramedRunner::close()
{
    closeSession();
    if (m_link->isOpen())
        m_link->close();
}

void FramedRunner::closeSession()
{
    if (DeviceSession *session = m_session.data()) {
        // Cleared first: the request cancelled here finishes at once, and its answer is not
        // this runner's any more.
        m_session = nullptr;
        if (session->isBusy())
            session->cancel();
        session->deleteLater();
    }
}

bool FramedRunner::isBusy() const
{
    return m_session && m_session->isBusy();
}

bool FramedRunner::isOpen() const
{
    return m_session && m_link->isOpen();
}

std::optional<DeviceInfo> FramedRunner::deviceInfo() const
{
    return m_info;
}

DeviceSession *FramedRunner::session() const
{
    return m_session;
}

} // namespace TinyDeploy::Device
