#include "projectapiclient.h"

#include "base85.h"
#include "jsonrpc.h"
#include "methods.h"
#include "projectapilogging.h"
#include "projectapitr.h"

#include <QFileInfo>
#include <QTimer>

#include <algorithm>

namespace TinyDeploy::ProjectApi {

using namespace std::chrono_literals;

namespace {

QString absolutePath(const QString &path)
{
    return path.isEmpty() ? path : QFileInfo(path).absoluteFilePath();
}

/// Result<QJsonValue> -> Result<void>, for methods whose result carries nothing.
ProjectApiClient::Callback<QJsonValue> ignoreResult(ProjectApiClient::Callback<void> done)
{
    return [done = std::move(done)](Result<QJsonValue> result) {
        if (!result)
            done(fail(result.error()));
        else
            done(ok());
    };
}

} // namespace

ProjectApiClient::ProjectApiClient(QObject *parent)
    : QObject(parent)
    , m_deadlineTimer(new QTimer(this))
    , m_deadlineCap(deadlineCapFromEnvironment())
{
    m_deadlineTimer->setSingleShot(true);
    m_deadlineTimer->setTimerType(Qt::PreciseTimer);
    connect(m_deadlineTimer, &QTimer::timeout, this, &ProjectApiClient::onDeadline);
}

ProjectApiClient::~ProjectApiClient()
{
    // Pending callbacks are dropped: their owners may be half-destroyed already.
    m_queue.clear();
    m_inFlight.reset();
    if (m_process) {
        disconnect(m_process, nullptr, this, nullptr);
        delete m_process;
    }
}

void ProjectApiClient::setProcessEnvironment(const QProcessEnvironment &environment)
{
    m_environment = environment;
    m_environmentSet = true;
}

void ProjectApiClient::setDeadline(const QString &method, Deadline deadline)
{
    m_deadlineOverrides.insert(method, deadline);
}

void ProjectApiClient::setDeadlineCap(Deadline cap)
{
    m_deadlineCap = cap;
}

ProjectApiClient::Deadline ProjectApiClient::deadlineCapFromEnvironment()
{
    bool numeric = false;
    const double seconds = qEnvironmentVariable("TINYDEPLOY_SERVER_TIMEOUT_SEC").toDouble(&numeric);
    if (!numeric || !(seconds > 0) || seconds > 1e6)
        return std::nullopt;
    return std::chrono::milliseconds(qint64(seconds * 1000.0));
}

void ProjectApiClient::setMaxReplyLineLength(qsizetype bytes)
{
    m_maxReplyLineLength = bytes;
}

Result<void> ProjectApiClient::start(const QString &serverDir)
{
    if (isRunning()) {
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("A Project API server is already running for this client."),
                    serverDir);
    }
    if (m_process) {
        disconnect(m_process, nullptr, this, nullptr);
        m_process->deleteLater();
    }
    auto *process = new ServerProcess(this);
    if (m_environmentSet)
        process->setProcessEnvironment(m_environment);
    if (m_maxReplyLineLength > 0)
        process->setMaxReplyLineLength(m_maxReplyLineLength);
    connect(process, &ServerProcess::replyLine, this, &ProjectApiClient::onReplyLine);
    connect(process, &ServerProcess::replyError, this, &ProjectApiClient::onReplyError);
    connect(process,
            &ServerProcess::replyChannelClosed,
            this,
            &ProjectApiClient::onReplyChannelClosed);
    connect(process, &ServerProcess::finished, this, &ProjectApiClient::onProcessFinished);
    connect(process, &ServerProcess::logLine, this, &ProjectApiClient::logLine);

    m_process = process;
    m_closedError.reset();
    m_nextId = 1;
    auto started = process->start(serverDir);
    if (!started) {
        m_process = nullptr;
        delete process;
        return started;
    }
    return ok();
}

void ProjectApiClient::stop()
{
    if (!m_process)
        return;
    if (!m_closedError) {
        m_closedError = makeError(ErrorCode::Cancelled,
                                  Tr::tr("The Project API server was stopped."),
                                  {},
                                  {},
                                  processDetails(nullptr));
    }
    failAll(*m_closedError, true);
    m_process->stop();
}

void ProjectApiClient::cancel()
{
    if (!m_process)
        return;
    if (!m_closedError || m_closedError->code != ErrorCode::ServerExited) {
        m_closedError = makeError(ErrorCode::Cancelled,
                                  Tr::tr("Cancelled."),
                                  {},
                                  {},
                                  processDetails(nullptr));
    }
    failAll(*m_closedError, true);
    m_process->kill();
}

bool ProjectApiClient::isRunning() const
{
    return m_process && m_process->isRunning();
}

int ProjectApiClient::pendingRequests() const
{
    return int(m_queue.size()) + (m_inFlight ? 1 : 0);
}

ProjectApiClient::Deadline ProjectApiClient::deadlineFor(const QString &method,
                                                         std::optional<double> timeoutSec) const
{
    const Deadline deadline = uncappedDeadlineFor(method, timeoutSec);
    if (!m_deadlineCap)
        return deadline;
    return deadline ? std::min(*deadline, *m_deadlineCap) : m_deadlineCap;
}

ProjectApiClient::Deadline ProjectApiClient::uncappedDeadlineFor(
    const QString &method, std::optional<double> timeoutSec) const
{
    const auto overridden = m_deadlineOverrides.constFind(method);
    if (overridden != m_deadlineOverrides.cend())
        return *overridden;
    if (method == Method::ServerInfoQuery)
        return 60s;
    if (method == Method::GenerateProject)
        return 300s;
    if (method == Method::CloseTransport)
        return 60s;
    if (method == Method::ReadTransport || method == Method::WriteTransport) {
        if (!timeoutSec)
            return std::nullopt;
        return std::chrono::milliseconds(qint64(*timeoutSec * 1000.0)) + 30s;
    }
    return std::nullopt;
}

void ProjectApiClient::postFailure(Callback<QJsonValue> done, Error error)
{
    QMetaObject::invokeMethod(
        this,
        [done = std::move(done), error = std::move(error)] { done(fail(error)); },
        Qt::QueuedConnection);
}

void ProjectApiClient::enqueue(const QString &method,
                               const QJsonObject &params,
                               Deadline deadline,
                               Callback<QJsonValue> done)
{
    if (!m_process) {
        postFailure(std::move(done),
                    makeError(ErrorCode::InvalidArgument,
                              Tr::tr("No Project API server has been started."),
                              method));
        return;
    }
    if (m_closedError) {
        Error error = *m_closedError;
        postFailure(std::move(done), error.withContext(method));
        return;
    }
    Request request;
    request.id = m_nextId++;
    request.method = method;
    request.line = JsonRpc::buildRequest(request.id, method, params);
    request.deadline = deadline;
    request.done = std::move(done);
    m_queue.push_back(std::move(request));
    sendNext();
}

void ProjectApiClient::sendNext()
{
    if (m_inFlight || m_queue.empty() || m_closedError || !m_process)
        return;
    m_inFlight = std::move(m_queue.front());
    m_queue.pop_front();
    qCDebug(lcProjectApiWire).noquote() << "->" << QString::fromUtf8(m_inFlight->line).trimmed();
    if (m_inFlight->deadline)
        m_deadlineTimer->start(*m_inFlight->deadline);
    if (!m_process->send(m_inFlight->line)) {
        // The request pipe is closed: the server is going away. Its exit status, reported
        // by onProcessFinished(), fails this request; stop() makes sure the exit comes.
        m_process->stop();
    }
}

void ProjectApiClient::complete(Result<QJsonValue> result)
{
    m_deadlineTimer->stop();
    Request request = std::move(*m_inFlight);
    m_inFlight.reset();
    sendNext();
    request.done(std::move(result));
}

void ProjectApiClient::onReplyLine(const QByteArray &line)
{
    qCDebug(lcProjectApiWire).noquote() << "<-" << QString::fromUtf8(line);
    if (!m_inFlight) {
        qCWarning(lcProjectApi) << "ignoring a reply line with no request in flight:"
                                << line.left(200);
        return;
    }
    auto result = JsonRpc::parseReply(line, m_inFlight->id, m_inFlight->method);
    if (!result
        && (result.error().code == ErrorCode::MalformedReply
            || result.error().code == ErrorCode::MismatchedId)) {
        // A protocol violation: the server's own output usually says what went wrong.
        Error error = result.error();
        error.details += QStringLiteral("\n\n") + processDetails(nullptr);
        complete(fail(std::move(error)));
        return;
    }
    complete(std::move(result));
}

void ProjectApiClient::onReplyError(const Error &error)
{
    qCDebug(lcProjectApiWire) << "<- (oversize line)";
    if (!m_inFlight) {
        qCWarning(lcProjectApi).noquote() << "oversize line with no request in flight";
        return;
    }
    Error located = error;
    located.withContext(m_inFlight->method);
    located.details += QStringLiteral("\n\n") + processDetails(nullptr);
    located.message = Tr::tr("The server's reply is longer than the limit of %1 bytes.")
                          .arg(m_maxReplyLineLength > 0 ? m_maxReplyLineLength
                                                        : LineFramer::DefaultMaxLineLength);
    complete(fail(std::move(located)));
}

void ProjectApiClient::onReplyChannelClosed()
{
    // EOF: no reply can come any more. The exit status (for the error details) comes with
    // finished(); stop() makes sure it comes even if the server lingers.
    qCDebug(lcProjectApi) << "server closed its reply pipe";
    if (m_process)
        m_process->stop();
}

void ProjectApiClient::onDeadline()
{
    if (!m_inFlight)
        return;
    const QString method = m_inFlight->method;
    const auto seconds = std::chrono::duration<double>(*m_inFlight->deadline).count();
    Error timeout = makeError(ErrorCode::Timeout,
                              Tr::tr("The Project API server did not answer %1 within %2 s.")
                                  .arg(method)
                                  .arg(seconds),
                              method,
                              Tr::tr("The server was stopped. Check its log output for where "
                                     "it got stuck."),
                              processDetails(nullptr));
    const QString prompt = m_process ? m_process->pendingStderr().trimmed() : QString();
    if (!prompt.isEmpty()) {
        // Its last words have no line break: a question (a password prompt) left unanswered.
        timeout.hint = Tr::tr("The server seems to wait for an answer to \"%1\", which it "
                              "cannot get: a Project API server has no terminal. Set up what it "
                              "asks for beforehand (for example, the permission it needs), "
                              "then retry.")
                           .arg(prompt.left(200));
    }
    m_closedError = timeout;
    m_closedError->location.clear();
    m_closedError->message = Tr::tr("Not sent: the server did not answer %1 in time.").arg(method);
    failAll(timeout, true);
    if (m_process)
        m_process->kill();
}

void ProjectApiClient::failAll(const Error &error, bool post)
{
    m_deadlineTimer->stop();
    std::vector<Request> requests;
    if (m_inFlight)
        requests.push_back(std::move(*m_inFlight));
    m_inFlight.reset();
    for (Request &request : m_queue)
        requests.push_back(std::move(request));
    m_queue.clear();
    bool first = true;
    for (Request &request : requests) {
        Error located = first ? error : (m_closedError ? *m_closedError : error);
        first = false;
        located.location = request.method;
        if (post) {
            postFailure(std::move(request.done), std::move(located));
        } else {
            QPointer<ProjectApiClient> guard(this);
            request.done(fail(std::move(located)));
            if (!guard)
                return;
        }
    }
}

QString ProjectApiClient::processDetails(const ExitStatus *status) const
{
    if (!m_process)
        return {};
    QStringList lines;
    lines << Tr::tr("Command: %1").arg(m_process->commandLine());
    lines << Tr::tr("Working directory: %1").arg(m_process->launch().workingDirectory);
    if (status)
        lines << Tr::tr("Server process: %1").arg(status->toString());
    const QStringList tail = m_process->stderrTail();
    if (tail.isEmpty()) {
        lines << Tr::tr("The server wrote nothing to stderr.");
    } else {
        lines << Tr::tr("Last %n line(s) of the server's stderr:", nullptr, int(tail.size()));
        lines << tail;
    }
    return lines.join(QLatin1Char('\n'));
}

Error ProjectApiClient::exitError(const QString &method, const ExitStatus &status) const
{
    if (status.kind == ExitStatus::Kind::FailedToStart) {
        return makeError(ErrorCode::ServerStartFailed,
                         Tr::tr("The Project API server could not be started: %1")
                             .arg(status.errorString),
                         method,
                         Tr::tr("Check that the template's launch script or Python interpreter "
                                "exists and is executable."),
                         processDetails(&status));
    }
    const QString message
        = status.kind == ExitStatus::Kind::Signalled
              ? Tr::tr("The Project API server crashed (%1).").arg(status.toString())
              : Tr::tr("The Project API server exited (%1).").arg(status.toString());
    return makeError(ErrorCode::ServerExited,
                     message,
                     method,
                     Tr::tr("The last lines of its error output below usually say why."),
                     processDetails(&status));
}

void ProjectApiClient::onProcessFinished(const ExitStatus &status)
{
    const Error error = exitError({}, status);
    const bool wasOpen = !m_closedError;
    m_closedError = error;
    if (wasOpen)
        failAll(error, false);
    emit stopped(status);
}

void ProjectApiClient::call(const QString &method,
                            const QJsonObject &params,
                            Callback<QJsonValue> done)
{
    if (!JsonRpc::isValidMethodName(method)) {
        postFailure(std::move(done),
                    makeError(ErrorCode::InvalidArgument,
                              Tr::tr("'%1' is not a valid Project API method name.").arg(method),
                              method));
        return;
    }
    enqueue(method, params, deadlineFor(method), std::move(done));
}

void ProjectApiClient::serverInfoQuery(const QString &tvmVersion, Callback<ServerInfo> done)
{
    const QString method = Method::ServerInfoQuery;
    enqueue(method,
            QJsonObject{{QStringLiteral("tvm_version"), tvmVersion}},
            deadlineFor(method),
            [done = std::move(done), method](Result<QJsonValue> result) {
                if (!result)
                    return done(fail(result.error()));
                auto info = ServerInfo::fromJson(*result);
                if (!info) {
                    Error error = info.error();
                    return done(fail(error.withContext(method)));
                }
                done(std::move(*info));
            });
}

void ProjectApiClient::generateProject(const QString &modelLibraryFormatTar,
                                       const QString &standaloneCrtDir,
                                       const QString &projectDir,
                                       const QJsonObject &options,
                                       Callback<void> done)
{
    const QString method = Method::GenerateProject;
    const QJsonObject params{
        {QStringLiteral("model_library_format_path"), absolutePath(modelLibraryFormatTar)},
        {QStringLiteral("standalone_crt_dir"), absolutePath(standaloneCrtDir)},
        {QStringLiteral("project_dir"), absolutePath(projectDir)},
        {QStringLiteral("options"), options},
    };
    enqueue(method, params, deadlineFor(method), ignoreResult(std::move(done)));
}

void ProjectApiClient::build(const QJsonObject &options, Callback<QJsonValue> done)
{
    const QString method = Method::Build;
    enqueue(method,
            QJsonObject{{QStringLiteral("options"), options}},
            deadlineFor(method),
            std::move(done));
}

void ProjectApiClient::flash(const QJsonObject &options, Callback<QJsonValue> done)
{
    const QString method = Method::Flash;
    enqueue(method,
            QJsonObject{{QStringLiteral("options"), options}},
            deadlineFor(method),
            std::move(done));
}

void ProjectApiClient::openTransport(const QJsonObject &options, Callback<TransportTimeouts> done)
{
    const QString method = Method::OpenTransport;
    enqueue(method,
            QJsonObject{{QStringLiteral("options"), options}},
            deadlineFor(method),
            [done = std::move(done), method](Result<QJsonValue> result) {
                if (!result)
                    return done(fail(result.error()));
                auto timeouts = TransportTimeouts::fromJson(*result);
                if (!timeouts) {
                    Error error = timeouts.error();
                    return done(fail(error.withContext(method)));
                }
                done(*timeouts);
            });
}

void ProjectApiClient::closeTransport(Callback<void> done)
{
    const QString method = Method::CloseTransport;
    enqueue(method, QJsonObject{}, deadlineFor(method), ignoreResult(std::move(done)));
}

void ProjectApiClient::readTransport(qint64 n,
                                     std::optional<double> timeoutSec,
                                     Callback<QByteArray> done)
{
    const QString method = Method::ReadTransport;
    const QJsonObject params{
        {QStringLiteral("n"), n},
        {QStringLiteral("timeout_sec"), timeoutSec ? QJsonValue(*timeoutSec) : QJsonValue()},
    };
    enqueue(method,
            params,
            deadlineFor(method, timeoutSec),
            [done = std::move(done), method](Result<QJsonValue> result) {
                if (!result)
                    return done(fail(result.error()));
                const QJsonValue data = result->toObject().value(QLatin1String("data"));
                if (!result->isObject() || !data.isString()) {
                    return done(fail(ErrorCode::MalformedReply,
                                     Tr::tr("The server's answer is malformed: expected a "
                                            "Base85 string."),
                                     method + QStringLiteral(": result.data")));
                }
                auto bytes = Base85::decode(data.toString().toLatin1());
                if (!bytes) {
                    Error error = bytes.error();
                    error.code = ErrorCode::MalformedReply;
                    return done(fail(error.withContext(method + QStringLiteral(": result.data"))));
                }
                done(std::move(*bytes));
            });
}

void ProjectApiClient::writeTransport(const QByteArray &data,
                                      std::optional<double> timeoutSec,
                                      Callback<void> done)
{
    const QString method = Method::WriteTransport;
    const QJsonObject params{
        {QStringLiteral("data"), QString::fromLatin1(Base85::encode(data))},
        {QStringLiteral("timeout_sec"), timeoutSec ? QJsonValue(*timeoutSec) : QJsonValue()},
    };
    enqueue(method, params, deadlineFor(method, timeoutSec), ignoreResult(std::move(done)));
}

} // namespace TinyDeploy::ProjectApi
