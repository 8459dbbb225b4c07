#pragma once

#include <device/seriallink.h>
#include <projectapi/projectoption.h>

#include <QJsonObject>
#include <QPointer>

#include <optional>

namespace TinyDeploy::ProjectApi {
class ProjectApiClient;
}

namespace TinyDeploy::MicroTvm {

/// @brief A SerialLink through a Project API server's transport (open_transport,
/// read_transport, write_transport, close_transport; Base85 on the wire, done by the client).
/// The only way to reach TVM's CRT host template, whose device is a child of the server.
///
/// open() sends open_transport and returns at once; writes made before it completes wait
/// behind it (the client sends requests in order). While open, a read loop keeps one
/// read_transport in flight with a poll timeout (5 ms after data, doubling to 0.2 s while
/// idle): a read that times out is
/// the normal idle case and is read again; data is announced with readyRead(). The next read
/// is issued only after readyRead() returned, so that the request the reader writes in
/// response goes out before it. Failures (the server exited, TransportClosedError, a failed
/// open_transport) close the link and are reported once with errorOccurred(), naming the
/// project and the method. The client is not owned.
class ProjectApiTransportLink final : public Device::SerialLink
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectApiTransportLink)

public:
    ProjectApiTransportLink(ProjectApi::ProjectApiClient *client,
                            const QString &projectDir,
                            const QJsonObject &options = {},
                            QObject *parent = nullptr);
    ~ProjectApiTransportLink() override;

    /// The longest a read_transport waits for data (timeout_sec). Reads start at
    /// MinPollSeconds after data arrived and double while idle up to this, so that a write
    /// queued behind an idle read waits little when traffic flows.
    void setPollTimeout(double seconds) { m_pollSeconds = qMax(seconds, MinPollSeconds); }
    static constexpr double MinPollSeconds = 0.005;
    /// The timeouts open_transport returned, once open.
    std::optional<ProjectApi::TransportTimeouts> timeouts() const { return m_timeouts; }
    /// read_transport calls that timed out (idle polls), for diagnostics.
    quint64 readTimeouts() const { return m_readTimeouts; }

    Result<void> open() override;
    void close() override;
    bool isOpen() const override;
    Result<void> write(const QByteArray &data) override;
    QByteArray readAll() override;
    QString description() const override;

private:
    void scheduleRead();
    void readOnce();
    void failLink(const Error &error, const QString &method);

    QPointer<ProjectApi::ProjectApiClient> m_client;
    QString m_projectDir;
    QJsonObject m_options;
    double m_pollSeconds = 0.2;
    double m_currentPoll = MinPollSeconds;
    bool m_open = false;
    bool m_transportReady = false;
    bool m_readInFlight = false;
    bool m_readScheduled = false;
    quint64 m_generation = 0;
    quint64 m_readTimeouts = 0;
    QByteArray m_received;
    std::optional<ProjectApi::TransportTimeouts> m_timeouts;
};

} // namespace TinyDeploy::MicroTvm
