#pragma once

#include "modelrunner.h"

#include <QPointer>

#include <chrono>
#include <optional>

namespace TinyDeploy::Device {

class DeviceSession;
class SerialLink;

/// @brief ModelRunner over TinyDeploy's framed protocol: a DeviceSession on a SerialLink.
///
/// Opens the link on connectDevice() (and on runInference() when it was closed or broke) and
/// keeps one DeviceSession on it; owns both.
class FramedRunner final : public ModelRunner
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FramedRunner)

public:
    /// Takes ownership of @p link (it need not be open).
    explicit FramedRunner(SerialLink *link, QObject *parent = nullptr);
    ~FramedRunner() override;

    /// DeviceSession::setTimeout() and setRunTimeout(), for the sessions this runner opens.
    void setTimeouts(std::optional<std::chrono::milliseconds> timeout,
                     std::optional<std::chrono::milliseconds> runTimeout);

    RunProtocol protocol() const override;
    QString protocolName() const override;
    QString linkDescription() const override;
    void connectDevice() override;
    void runInference(const QList<QByteArray> &inputs, quint32 runs) override;
    void cancel() override;
    void close() override;
    bool isBusy() const override;
    bool isOpen() const override;
    std::optional<DeviceInfo> deviceInfo() const override;

    /// The session on the open link, if any (tests, link figures).
    DeviceSession *session() const;

private:
    /// Opens the link and creates the session when needed.
    Result<void> ensureOpen();
    void closeSession();

    SerialLink *m_link = nullptr;
    QPointer<DeviceSession> m_session;
    std::optional<std::chrono::milliseconds> m_timeout;
    std::optional<std::chrono::milliseconds> m_runTimeout;
    /// The last device info, kept when the session is closed.
    std::optional<DeviceInfo> m_info;
};

} // namespace TinyDeploy::Device
