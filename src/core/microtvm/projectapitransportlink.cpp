#include "projectapitransportlink.h"

#include "microtvmtr.h"

#include <projectapi/projectapiclient.h>

#include <QTimer>

namespace TinyDeploy::MicroTvm {

namespace {

constexpr qint64 ReadChunk = 64 * 1024;

} // namespace

ProjectApiTransportLink::ProjectApiTransportLink(ProjectApi::ProjectApiClient *client,
                                                 const QString &projectDir,
                                                 const QJsonObject &options,
                                                 QObject *parent)
    : Device::SerialLink(parent)
    , m_client(client)
    , m_projectDir(projectDir)
    , m_options(options)
{}

ProjectApiTransportLink::~ProjectApiTransportLink()
{
    close();
}

QString ProjectApiTransportLink::description() const
{
    return Tr::tr("the Project API transport of %1").arg(m_projectDir);
}

bool ProjectApiTransportLink::isOpen() const
{
    return m_open;
}

Result<void> ProjectApiTransportLink::open()
{
    if (m_open)
        return ok();
    if (!m_client || !m_client->isRunning()) {
        return fail(ErrorCode::PortUnavailable,
                    Tr::tr("The project's Project API server is not running."),
                    description(),
                    Tr::tr("Start the project's server first (open the project again)."));
    }
    m_open = true;
    m_transportReady = false;
    m_currentPoll = MinPollSeconds;
    const quint64 generation = ++m_generation;
    // The client may outlive the link (its server belongs to the project): each callback
    // checks that the link still exists before it touches it.
    const auto opened =
        [this, self = QPointer(this), generation](Result<ProjectApi::TransportTimeouts> r) {
            if (!self || generation != m_generation)
                return;
            if (!r)
                return failLink(r.error(), QStringLiteral("open_transport"));
            m_timeouts = *r;
            m_transportReady = true;
            scheduleRead();
        };
    m_client->openTransport(m_options, opened);
    return ok();
}

void ProjectApiTransportLink::close()
{
    if (!m_open)
        return;
    m_open = false;
    m_transportReady = false;
    ++m_generation;
    m_received.clear();
    if (m_client && m_client->isRunning())
        m_client->closeTransport([](Result<void>) {});
}

Result<void> ProjectApiTransportLink::write(const QByteArray &data)
{
    if (!m_open || !m_client) {
        return fail(ErrorCode::DeviceDisconnected,
                    Tr::tr("The transport is not open."),
                    description());
    }
    const quint64 generation = m_generation;
    m_client->writeTransport(data, 10.0, [this, self = QPointer(this), generation](Result<void> r) {
        if (self && generation == m_generation && !r)
            failLink(r.error(), QStringLiteral("write_transport"));
    });
    return ok();
}

QByteArray ProjectApiTransportLink::readAll()
{
    return std::exchange(m_received, QByteArray());
}

void ProjectApiTransportLink::scheduleRead()
{
    if (m_readScheduled || m_readInFlight || !m_transportReady)
        return;
    m_readScheduled = true;
    // Deferred, so that whatever the reader writes in response is queued before the read.
    QTimer::singleShot(0, this, [this, generation = m_generation] {
        m_readScheduled = false;
        if (generation == m_generation)
            readOnce();
    });
}

void ProjectApiTransportLink::readOnce()
{
    if (!m_transportReady || !m_client || m_readInFlight)
        return;
    m_readInFlight = true;
    const quint64 generation = m_generation;
    m_client->readTransport(
        ReadChunk, m_currentPoll, [this, self = QPointer(this), generation](Result<QByteArray> r) {
            if (!self || generation != m_generation)
                return;
            m_readInFlight = false;
            if (!r) {
                if (r.error().code == ErrorCode::IoTimeout) {
                    ++m_readTimeouts; // idle: nothing to read within the poll timeout
                    m_currentPoll = qMin(m_currentPoll * 2, m_pollSeconds);
                    return scheduleRead();
                }
                return failLink(r.error(), QStringLiteral("read_transport"));
            }
            if (!r->isEmpty()) {
                m_currentPoll = MinPollSeconds;
                m_received.append(*r);
                emit readyRead();
            } else {
                ++m_readTimeouts;
                m_currentPoll = qMin(m_currentPoll * 2, m_pollSeconds);
            }
            scheduleRead();
        });
}

void ProjectApiTransportLink::failLink(const Error &error, const QString &method)
{
    if (!m_open)
        return;
    m_open = false;
    m_transportReady = false;
    ++m_generation;
    Error e = error;
    if (e.code == ErrorCode::IoTimeout) {
        e.message = Tr::tr("%1 of the project's server timed out: %2").arg(method, e.message);
        e.hint = Tr::tr("The template's transport did not answer in time: check that the device "
                        "(or the server's child process) is running.");
    } else {
        e.message = Tr::tr("%1 failed: %2").arg(method, e.message);
    }
    e.location = description();
    emit errorOccurred(e);
}

} // namespace TinyDeploy::MicroTvm
