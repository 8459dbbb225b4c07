#pragma once

#include "projectoption.h"
#include "serverprocess.h"

#include <util/error.h>

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>
#include <deque>
#include <functional>
#include <optional>

class QTimer;

namespace TinyDeploy::ProjectApi {

/// @brief Asynchronous, typed client of one Project API server (spec sections 2 and 3).
///
/// Usage: start(dir), then call methods; each takes a callback that receives Result<T>
/// exactly once. Requests go out one at a time in call order (the server is synchronous);
/// later ones wait in a queue. Callbacks run from the event loop, never from inside a call
/// to this class (errors found at call time are posted), so a state machine can start the
/// next step from a callback. Destroying the client drops pending callbacks uncalled and
/// kills the server group; use deleteLater() from inside a callback.
///
/// @code
/// auto *client = new ProjectApiClient(this);
/// if (auto started = client->start(templateDir); !started) return report(started.error());
/// client->serverInfoQuery(u"0.18.0"_s, [=](Result<ServerInfo> info) { ... });
/// @endcode
///
/// Errors: every server-side error maps to its ErrorCode (see JsonRpc::errorFromJson). When
/// the server exits or crashes, the request in flight and all queued ones fail with
/// ServerExited, whose details name the command line, the exit status or signal and the last
/// stderr lines; later calls fail the same way. A request past its deadline fails with
/// Timeout and the server is killed (a synchronous server that misses one reply cannot be
/// trusted to answer the next one in order); queued requests fail with Timeout too. cancel()
/// fails everything pending with Cancelled and kills the server's process group.
class ProjectApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectApiClient)

public:
    template<typename T>
    using Callback = std::function<void(Result<T>)>;
    using Deadline = std::optional<std::chrono::milliseconds>;

    explicit ProjectApiClient(QObject *parent = nullptr);
    ~ProjectApiClient() override;

    /// Environment for the server process (e.g. PYTHONPATH); set before start().
    void setProcessEnvironment(const QProcessEnvironment &environment);
    /// Overrides the deadline of @p method (std::nullopt: none). Defaults: server_info_query
    /// 60 s, generate_project 300 s, build/flash/open_transport none, close_transport 60 s,
    /// read/write_transport: timeout_sec + 30 s, or none for timeout_sec null.
    void setDeadline(const QString &method, Deadline deadline);
    /// Caps every method's deadline (those without one included) at @p cap; std::nullopt: no
    /// cap. Default: TINYDEPLOY_SERVER_TIMEOUT_SEC from this process's environment, when it
    /// holds a positive number of seconds (tests and CI give hanging servers seconds, not
    /// minutes); no cap otherwise.
    void setDeadlineCap(Deadline cap);
    /// The cap TINYDEPLOY_SERVER_TIMEOUT_SEC asks for, if any.
    static Deadline deadlineCapFromEnvironment();
    /// Longest reply line accepted (default 16 MiB); set before start().
    void setMaxReplyLineLength(qsizetype bytes);

    /// Launches the server of @p serverDir (spec section 1). Returns ServerNotFound /
    /// ServerStartFailed at once when it cannot; an exec failure fails the first request.
    Result<void> start(const QString &serverDir);
    /// Graceful shutdown: closes the pipes (the server exits), then escalates to SIGTERM and
    /// SIGKILL of the group. Pending requests fail with Cancelled. stopped() follows.
    void stop();
    /// Kills the server's process group (SIGTERM, SIGKILL 500 ms later); pending requests fail
    /// with Cancelled at once. For cancelling a long build or flash.
    void cancel();

    bool isRunning() const;
    /// Requests in flight or queued.
    int pendingRequests() const;
    /// The process (command line, stderr tail, pid); nullptr before start().
    const ServerProcess *serverProcess() const { return m_process; }

    void serverInfoQuery(const QString &tvmVersion, Callback<ServerInfo> done);
    /// Paths are made absolute first (relative ones would resolve against the server's cwd).
    void generateProject(const QString &modelLibraryFormatTar,
                         const QString &standaloneCrtDir,
                         const QString &projectDir,
                         const QJsonObject &options,
                         Callback<void> done);
    /// The whole result: null for TVM's servers, {"tools": {name: version}} for TinyDeploy's.
    void build(const QJsonObject &options, Callback<QJsonValue> done);
    /// The whole result: null for TVM's servers, {"serial_port": ..., "tools": {...}} for
    /// TinyDeploy's.
    void flash(const QJsonObject &options, Callback<QJsonValue> done);
    void openTransport(const QJsonObject &options, Callback<TransportTimeouts> done);
    void closeTransport(Callback<void> done);
    /// Up to @p n bytes; may be fewer, or none (spec 3.5). @p timeoutSec std::nullopt sends
    /// null: block until data arrives.
    void readTransport(qint64 n, std::optional<double> timeoutSec, Callback<QByteArray> done);
    void writeTransport(const QByteArray &data,
                        std::optional<double> timeoutSec,
                        Callback<void> done);
    /// Any method, raw result. InvalidArgument for a name the server would refuse.
    void call(const QString &method, const QJsonObject &params, Callback<QJsonValue> done);

signals:
    void logLine(const TinyDeploy::ProjectApi::LogLine &line);
    /// The server process ended and was reaped (after stop(), cancel(), a crash or an exit).
    void stopped(const TinyDeploy::ProjectApi::ExitStatus &status);

private:
    struct Request
    {
        qint64 id = 0;
        QString method;
        QByteArray line;
        Deadline deadline;
        Callback<QJsonValue> done;
    };

    void enqueue(const QString &method,
                 const QJsonObject &params,
                 Deadline deadline,
                 Callback<QJsonValue> done);
    Deadline deadlineFor(const QString &method, std::optional<double> timeoutSec = {}) const;
    Deadline uncappedDeadlineFor(const QString &method, std::optional<double> timeoutSec) const;
    void sendNext();
    void onReplyLine(const QByteArray &line);
    void onReplyError(const Error &error);
    void onReplyChannelClosed();
    void onProcessFinished(const ExitStatus &status);
    void onDeadline();
    void complete(Result<QJsonValue> result);
    void failAll(const Error &error, bool post);
    void postFailure(Callback<QJsonValue> done, Error error);
    Error exitError(const QString &method, const ExitStatus &status) const;
    QString processDetails(const ExitStatus *status) const;

    QPointer<ServerProcess> m_process;
    QTimer *m_deadlineTimer = nullptr;
    QProcessEnvironment m_environment;
    QHash<QString, Deadline> m_deadlineOverrides;
    Deadline m_deadlineCap;
    std::deque<Request> m_queue;
    std::optional<Request> m_inFlight;
    std::optional<Error> m_closedError; ///< Set once no request can succeed any more.
    qsizetype m_maxReplyLineLength = 0;
    qint64 m_nextId = 1;
    bool m_environmentSet = false;
};

} // namespace TinyDeploy::ProjectApi
