#pragma once

#include <projectapi/projectoption.h>
#include <util/error.h>

#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QString>

#include <functional>

namespace TinyDeploy::ProjectApi {
class ProjectApiClient;
}

namespace TinyDeploy::Cli {

class SignalWatcher;

/// One Project API server driven synchronously for the CLI: each call runs a local event loop
/// until its reply, streaming the server's stdout and stderr to our stderr as "| <line>".
/// A SIGINT/SIGTERM seen by @p watcher cancels the call in flight (the server's process group
/// is killed) and the call fails with ErrorCode::Cancelled.
class ServerSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerSession)

public:
    explicit ServerSession(SignalWatcher *watcher, QObject *parent = nullptr);
    ~ServerSession() override;

    /// Starts the server of @p dir and asks server_info_query.
    Result<ProjectApi::ServerInfo> open(const QString &dir);
    Result<void> generateProject(const QString &tar,
                                 const QString &standaloneCrtDir,
                                 const QString &projectDir,
                                 const QJsonObject &options);
    Result<void> build(const QJsonObject &options);
    Result<QJsonValue> flash(const QJsonObject &options);
    /// Graceful stop; waits until the server process has been reaped.
    void close();

private:
    template<typename T>
    Result<T> wait(const std::function<void(std::function<void(Result<T>)>)> &start);

    SignalWatcher *m_watcher;
    ProjectApi::ProjectApiClient *m_client = nullptr;
};

} // namespace TinyDeploy::Cli
