#pragma once

#include <projectapi/projectapiclient.h>
#include <util/error.h>

#include <QElapsedTimer>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QString>

#include <functional>

namespace TinyDeploy::Deploy {

/// @brief The Project API server a deployment talks to: start it, verify what the folder is
/// (spec 3.6), call it, retire it, and count the time spent waiting for its replies.
///
/// One server is current at a time; open() retires the previous one (graceful stop, it is
/// deleted once it has stopped). cancel() kills every server still running; stopped() follows
/// for each. Callbacks come from the event loop or, for errors found at once, from inside the
/// call. The destructor kills whatever still runs (ProjectApiClient's destructor).
class ProjectServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectServer)

public:
    /// What the folder given to open() must be.
    enum class Expect {
        Template,        ///< A template (is_template true): generate from it.
        NewProject,      ///< The project generate_project just made (is_template false).
        ExistingProject, ///< A project the user gave (is_template false), to build or flash.
    };

    template<typename T>
    using Callback = std::function<void(Result<T>)>;

    explicit ProjectServer(QObject *parent = nullptr);
    ~ProjectServer() override;

    /// Environment of the servers (default: this process's).
    void setProcessEnvironment(const QProcessEnvironment &environment);

    /// Starts the server of @p dir (retiring the current one), asks server_info_query and
    /// checks is_template against @p expect: NotATemplate or NotAProject otherwise.
    void open(const QString &dir, Expect expect, Callback<ProjectApi::ServerInfo> done);
    /// Whether the current server is running for @p dir.
    bool isOpenFor(const QString &dir) const;
    /// What the current server answered to server_info_query.
    const ProjectApi::ServerInfo &info() const { return m_info; }
    /// The current server's client (for its transport), or null.
    ProjectApi::ProjectApiClient *client() const { return m_client; }

    void generateProject(const QString &tar,
                         const QString &standaloneCrtDir,
                         const QString &projectDir,
                         const QJsonObject &options,
                         Callback<void> done);
    void build(const QJsonObject &options, Callback<QJsonValue> done);
    void flash(const QJsonObject &options, Callback<QJsonValue> done);

    /// Gracefully stops the current server (it is deleted once stopped).
    void retire();
    /// Kills every server still running (current and retiring).
    void cancel();
    /// Whether any server (current or retiring) still runs.
    bool isRunning() const;

    /// Time spent waiting for replies since the last resetServerTime().
    qint64 serverMs() const { return m_serverMs; }
    void resetServerTime() { m_serverMs = 0; }

signals:
    void logLine(const TinyDeploy::ProjectApi::LogLine &line);
    /// A server (current or retired) has stopped.
    void stopped();

private:
    template<typename T>
    Callback<T> timed(Callback<T> done);

    QPointer<ProjectApi::ProjectApiClient> m_client;
    QString m_dir;
    ProjectApi::ServerInfo m_info;
    QList<QPointer<ProjectApi::ProjectApiClient>> m_retiring;
    QProcessEnvironment m_environment;
    bool m_environmentSet = false;
    QElapsedTimer m_requestTimer;
    qint64 m_serverMs = 0;
};

} // namespace TinyDeploy::Deploy
