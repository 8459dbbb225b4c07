#pragma once

#include "lineframer.h"

#include <util/error.h>

#include <QDateTime>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <chrono>
#include <deque>

class QProcess;
class QSocketNotifier;
class QTimer;

namespace TinyDeploy::ProjectApi {

/// One line of the server's stdout or stderr, as it arrived.
struct LogLine
{
    enum class Stream { Stdout, Stderr };

    QDateTime timestamp; ///< UTC, when the bytes were read.
    Stream stream = Stream::Stdout;
    QString text; ///< Decoded as UTF-8 (invalid bytes replaced), without the line terminator.
};

/// How a server process ended.
struct ExitStatus
{
    enum class Kind { NotStarted, FailedToStart, Exited, Signalled };

    Kind kind = Kind::NotStarted;
    int exitCode = 0;    ///< For Exited.
    int signal = 0;      ///< For Signalled.
    QString errorString; ///< For FailedToStart.

    /// "exit status 2", "killed by signal 11 (SIGSEGV)", "failed to start: ...".
    QString toString() const;
};

/// @brief Runs one Project API server process (spec section 1) and carries its byte streams.
///
/// Launch: in directory D, D/launch_microtvm_api_server.sh (called with the absolute path of
/// D/microtvm_api_server.py first) if present, else D/microtvm_api_server.py run by the Python
/// from TINYDEPLOY_PYTHON or python3 on PATH; then "--read-fd N --write-fd M" for two pipes the
/// child inherits. cwd = D, stdin = /dev/null, and the server leads its own session and process
/// group: stop() and kill() signal the group (the server handles SIGTERM; ours stop their build
/// tools), and whatever is left in the session when the server ends is killed (below).
///
/// Guarantee: when the server process ends, for whatever reason, every process still in its
/// session (its process group, and the groups of its own that build tools run in) is killed
/// with SIGKILL, and the server itself is always reaped. Only a descendant that starts a session
/// of its own (setsid: our templates' device supervisor, which belongs to the project) is
/// outside this guarantee.
///
/// Replies are read from the reply pipe with a QSocketNotifier on the owning thread and
/// framed into lines (capped; an oversize line gives replyError(LineTooLong)). stdout and
/// stderr are raw non-blocking pipes of our own, drained continuously into logLine() signals
/// (lines split at 16 KiB); the last 50 stderr lines are kept for error details.
///
/// Ordering guarantee: before a reply line is emitted, stdout and stderr are read until they
/// are empty (EAGAIN), so every complete line the server wrote before its reply (servers flush
/// their output before replying) is emitted as logLine() before replyLine(). A client can
/// therefore attribute a request's output to that request without waiting. Nothing here
/// blocks, except the destructor (see ~ServerProcess()).
class ServerProcess final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerProcess)

public:
    /// What start() will run (without the fd arguments).
    struct Launch
    {
        QString program;          ///< Absolute path of the launch script or the Python.
        QStringList arguments;    ///< The absolute path of microtvm_api_server.py.
        QString workingDirectory; ///< The absolute server directory.
        bool viaLaunchScript = false;
    };

    enum class State { NotStarted, Running, Stopping, Finished };

    static constexpr int StderrTailLines = 50;
    static constexpr qsizetype LogLineCap = 16 * 1024;

    explicit ServerProcess(QObject *parent = nullptr);
    /// If the server still runs: closes the pipes, SIGTERMs its group, waits until it exits but
    /// at most 500 ms (then SIGKILL), kills what is left in its session and reaps it. So it
    /// blocks for at most about 1.5 s, and returns as soon as the server is gone (a server of
    /// ours exits within tens of milliseconds of SIGTERM, its build stopped).
    ~ServerProcess() override;

    /// Finds what to run for directory @p dir: ServerNotFound if it has no server,
    /// ServerStartFailed if the launch script is not executable or no Python is found.
    static Result<Launch> resolveLaunch(const QString &dir);

    /// Environment of the server (default: this process's environment).
    void setProcessEnvironment(const QProcessEnvironment &environment);
    /// Longest reply line accepted (default LineFramer::DefaultMaxLineLength).
    void setMaxReplyLineLength(qsizetype bytes);
    /// stop(): time allowed to exit after the pipes close, then after SIGTERM (default 1 s each).
    void setStopGracePeriods(std::chrono::milliseconds afterClose,
                             std::chrono::milliseconds afterTerm);
    /// kill(): time allowed to exit after SIGTERM before SIGKILL (default 3 s).
    void setKillGracePeriod(std::chrono::milliseconds afterTerm);

    /// Starts the server of @p dir. Errors found before forking are returned; a failure of the
    /// exec itself arrives as finished() with ExitStatus::Kind::FailedToStart.
    Result<void> start(const QString &dir);

    /// Queues @p line (which must end with "\n") on the request pipe; false once it is closed.
    bool send(const QByteArray &line);

    /// Graceful stop: close both pipes (a server exits on EOF), wait, SIGTERM the group, wait,
    /// SIGKILL the group. finished() follows.
    void stop();
    /// Cancel: close the pipes and SIGTERM the group now; SIGKILL only if the server has not
    /// exited by the kill grace period. finished() follows as soon as the server is gone, with
    /// the rest of its session killed.
    void kill();

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Running || m_state == State::Stopping; }
    qint64 processId() const { return m_pid; }
    const Launch &launch() const { return m_launch; }
    /// The full command line, for error details.
    QString commandLine() const;
    /// The last stderr lines (at most StderrTailLines), the unterminated last one included.
    QStringList stderrTail() const;
    /// What the server wrote to stderr after its last line break ("Password: "), or empty.
    QString pendingStderr() const;
    ExitStatus exitStatus() const { return m_exitStatus; }

signals:
    void replyLine(const QByteArray &line);
    /// A reply line was too long (LineTooLong); it is skipped and framing goes on.
    void replyError(const TinyDeploy::Error &error);
    /// The server closed its end of the reply pipe (EOF).
    void replyChannelClosed();
    void logLine(const TinyDeploy::ProjectApi::LogLine &line);
    /// The server ended and was reaped; its process group has been killed.
    void finished(const TinyDeploy::ProjectApi::ExitStatus &status);

private:
    void onReplyReadable();
    void onRequestWritable();
    void readReplies(bool untilEof);
    void flushWrites();
    void closeRequestPipe();
    void closeReplyPipe();
    void closePipes();
    void signalGroup(int signal);
    void onProcessFinished(int exitCode, int qtExitStatus);
    void onProcessError(int qtError);
    void onOutputReadable(LogLine::Stream stream);
    /// Reads @p stream until EAGAIN (or EOF, which closes it); @p finalFlush also emits an
    /// unterminated last line.
    void drainOutput(LogLine::Stream stream, bool finalFlush);
    void drainOutputs(bool finalFlush);
    void closeOutputPipes();
    void emitLogLine(LogLine::Stream stream, const QDateTime &when, const QByteArray &bytes);
    void onGraceTimeout();
    void finish(const ExitStatus &status);

    QProcess *m_process = nullptr;
    QSocketNotifier *m_replyNotifier = nullptr;
    QSocketNotifier *m_requestNotifier = nullptr;
    QSocketNotifier *m_stdoutNotifier = nullptr;
    QSocketNotifier *m_stderrNotifier = nullptr;
    QTimer *m_graceTimer = nullptr;
    Launch m_launch;
    QProcessEnvironment m_environment;
    LineFramer m_replyFramer;
    LineFramer m_stdoutFramer{LogLineCap, LineFramer::Overflow::Split};
    LineFramer m_stderrFramer{LogLineCap, LineFramer::Overflow::Split};
    std::deque<QString> m_stderrTail;
    QByteArray m_writeBuffer;
    std::chrono::milliseconds m_graceAfterClose{1000};
    std::chrono::milliseconds m_graceAfterTerm{1000};
    std::chrono::milliseconds m_graceAfterKill{3000};
    ExitStatus m_exitStatus;
    State m_state = State::NotStarted;
    qint64 m_pid = 0;
    int m_requestFd = -1;     ///< Our write end (O_CLOEXEC, non-blocking).
    int m_replyFd = -1;       ///< Our read end (O_CLOEXEC, non-blocking).
    int m_childReadFd = -1;   ///< Server's read end, closed here after start.
    int m_childWriteFd = -1;  ///< Server's write end, closed here after start.
    int m_stdoutFd = -1;      ///< Our read end of the server's stdout (O_CLOEXEC, non-blocking).
    int m_stderrFd = -1;      ///< Our read end of the server's stderr (O_CLOEXEC, non-blocking).
    int m_childStdoutFd = -1; ///< The server's stdout, closed here after start.
    int m_childStderrFd = -1; ///< The server's stderr, closed here after start.
    bool m_termSent = false;
    bool m_replyEof = false;
};

} // namespace TinyDeploy::ProjectApi
