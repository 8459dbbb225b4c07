#include "serverprocess.h"

#include "pipefd.h"
#include "projectapilogging.h"
#include "projectapitr.h"
#include "sessionsweep.h"

#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QProcess>
#include <QSocketNotifier>
#include <QTimer>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>

#include <fcntl.h>
#include <pthread.h>
#include <sys/types.h>
#include <unistd.h>

namespace TinyDeploy::ProjectApi {

using namespace std::chrono_literals;

namespace {

// The destructor's bound: how long a server has after SIGTERM before SIGKILL (ours stop their
// build tools and the transport session's device in well under this).
constexpr auto DestroyGrace = 500ms;
// Reaping a server that SIGKILL has ended.
constexpr int ReapMs = 1000;
constexpr qsizetype ReadChunk = 64 * 1024;
// Bounded per notifier activation so that a flood of replies cannot starve the event loop.
constexpr int ReadRoundsPerActivation = 16;
// Output read before a reply is delivered: at most this many chunks per stream (4 MiB).
constexpr int OutputRoundsPerDrain = 64;

QString quoteArgument(const QString &argument)
{
    static const QString safe = QStringLiteral("+-./:=@_,%");
    const bool plain = !argument.isEmpty()
                       && std::all_of(argument.cbegin(), argument.cend(), [](QChar c) {
                              return c.isLetterOrNumber() || safe.contains(c);
                          });
    if (plain)
        return argument;
    QString quoted = argument;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

ServerProcess::ServerProcess(QObject *parent)
    : QObject(parent)
    , m_graceTimer(new QTimer(this))
    , m_environment(QProcessEnvironment::systemEnvironment())
{
    m_graceTimer->setSingleShot(true);
    connect(m_graceTimer, &QTimer::timeout, this, &ServerProcess::onGraceTimeout);
}

ServerProcess::~ServerProcess()
{
    if (m_process && isRunning()) {
        disconnect(m_process, nullptr, this, nullptr);
        // Not yet reaped, so the pid cannot have been reused: signalling it is safe. The
        // pipes close first (our servers also stop a running build when their client goes),
        // then SIGTERM; a server that has not exited DestroyGrace later gets SIGKILL.
        closePipes();
        signalGroup(SIGTERM);
        if (!m_process->waitForFinished(int(DestroyGrace.count()))) {
            qCDebug(lcProjectApi) << "server" << m_pid << "still runs at destruction: SIGKILL";
            signalGroup(SIGKILL);
        }
        // What the server started in groups of its own (make and its compilers) goes too.
        killSession(pid_t(m_pid));
        // Reaps a process that SIGKILL has already ended; this does not wait for the server.
        m_process->waitForFinished(ReapMs);
    }
    closePipes();
    closeOutputPipes();
    closeFd(m_childReadFd);
    closeFd(m_childWriteFd);
    closeFd(m_childStdoutFd);
    closeFd(m_childStderrFd);
}

void ServerProcess::setProcessEnvironment(const QProcessEnvironment &environment)
{
    m_environment = environment;
}

void ServerProcess::setMaxReplyLineLength(qsizetype bytes)
{
    m_replyFramer = LineFramer(bytes, LineFramer::Overflow::Error);
}

void ServerProcess::setStopGracePeriods(std::chrono::milliseconds afterClose,
                                        std::chrono::milliseconds afterTerm)
{
    m_graceAfterClose = afterClose;
    m_graceAfterTerm = afterTerm;
}

void ServerProcess::setKillGracePeriod(std::chrono::milliseconds afterTerm)
{
    m_graceAfterKill = afterTerm;
}

Result<void> ServerProcess::start(const QString &dir)
{
    if (m_state != State::NotStarted) {
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("This server process object has already been started."),
                    dir);
    }
    auto launch = resolveLaunch(dir);
    if (!launch)
        return fail(launch.error());
    m_launch = *launch;

    // Every end is O_CLOEXEC so that no other child of ours inherits it; only the server's two
    // ends lose the flag, inside the forked server.
    int requestPipe[2];
    int replyPipe[2];
    if (::pipe2(requestPipe, O_CLOEXEC) != 0)
        return fail(ErrorCode::ServerStartFailed,
                    Tr::tr("Could not create a pipe: %1")
                        .arg(QString::fromLocal8Bit(std::strerror(errno))),
                    m_launch.workingDirectory);
    if (::pipe2(replyPipe, O_CLOEXEC) != 0) {
        const int savedErrno = errno;
        ::close(requestPipe[0]);
        ::close(requestPipe[1]);
        return fail(ErrorCode::ServerStartFailed,
                    Tr::tr("Could not create a pipe: %1")
                        .arg(QString::fromLocal8Bit(std::strerror(savedErrno))),
                    m_launch.workingDirectory);
    }
    m_childReadFd = requestPipe[0];
    m_requestFd = requestPipe[1];
    m_replyFd = replyPipe[0];
    m_childWriteFd = replyPipe[1];
    setNonBlocking(m_requestFd);
    setNonBlocking(m_replyFd);
    // stdout and stderr are pipes of our own rather than QProcess's channels: they can be
    // read at once (until EAGAIN) when a reply arrives, see readReplies().
    int stdoutPipe[2];
    int stderrPipe[2];
    if (::pipe2(stdoutPipe, O_CLOEXEC) != 0 || ::pipe2(stderrPipe, O_CLOEXEC) != 0) {
        const int savedErrno = errno;
        closePipes();
        closeFd(m_childReadFd);
        closeFd(m_childWriteFd);
        return fail(ErrorCode::ServerStartFailed,
                    Tr::tr("Could not create a pipe: %1")
                        .arg(QString::fromLocal8Bit(std::strerror(savedErrno))),
                    m_launch.workingDirectory);
    }
    m_stdoutFd = stdoutPipe[0];
    m_childStdoutFd = stdoutPipe[1];
    m_stderrFd = stderrPipe[0];
    m_childStderrFd = stderrPipe[1];
    setNonBlocking(m_stdoutFd);
    setNonBlocking(m_stderrFd);

    m_process = new QProcess(this);
    m_process->setProgram(m_launch.program);
    m_process->setArguments(m_launch.arguments
                            + QStringList{QStringLiteral("--read-fd"),
                                          QString::number(m_childReadFd),
                                          QStringLiteral("--write-fd"),
                                          QString::number(m_childWriteFd)});
    m_process->setWorkingDirectory(m_launch.workingDirectory);
    m_process->setProcessEnvironment(m_environment);
    m_process->setStandardInputFile(QProcess::nullDevice());
    // QProcess points stdout and stderr at /dev/null; the modifier, which runs after that,
    // replaces them with our pipes.
    m_process->setStandardOutputFile(QProcess::nullDevice());
    m_process->setStandardErrorFile(QProcess::nullDevice());
    const int childRead = m_childReadFd;
    const int childWrite = m_childWriteFd;
    const int childStdout = m_childStdoutFd;
    const int childStderr = m_childStderrFd;
    m_process->setChildProcessModifier([childRead, childWrite, childStdout, childStderr] {
        // Runs in the child between fork and exec: async-signal-safe calls only.
        ::setsid();
        // dup2() clears close-on-exec on the copies.
        ::dup2(childStdout, STDOUT_FILENO);
        ::dup2(childStderr, STDERR_FILENO);
        // Nothing but stdio and the two pipes reaches the server, not even descriptors this
        // process inherited without close-on-exec. Marking (not closing) keeps QProcess's own
        // exec-status pipe working. Older kernels without CLOSE_RANGE_CLOEXEC just skip this.
        ::close_range(3, ~0U, CLOSE_RANGE_CLOEXEC);
        ::fcntl(childRead, F_SETFD, 0);
        ::fcntl(childWrite, F_SETFD, 0);
        sigset_t none;
        sigemptyset(&none);
        ::sigprocmask(SIG_SETMASK, &none, nullptr);
    });

    m_stdoutNotifier = new QSocketNotifier(m_stdoutFd, QSocketNotifier::Read, this);
    connect(m_stdoutNotifier, &QSocketNotifier::activated, this, [this] {
        onOutputReadable(LogLine::Stream::Stdout);
    });
    m_stderrNotifier = new QSocketNotifier(m_stderrFd, QSocketNotifier::Read, this);
    connect(m_stderrNotifier, &QSocketNotifier::activated, this, [this] {
        onOutputReadable(LogLine::Stream::Stderr);
    });
    connect(m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        onProcessFinished(exitCode, int(status));
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        onProcessError(int(error));
    });

    m_replyNotifier = new QSocketNotifier(m_replyFd, QSocketNotifier::Read, this);
    connect(m_replyNotifier, &QSocketNotifier::activated, this, &ServerProcess::onReplyReadable);
    m_requestNotifier = new QSocketNotifier(m_requestFd, QSocketNotifier::Write, this);
    m_requestNotifier->setEnabled(false);
    connect(m_requestNotifier, &QSocketNotifier::activated, this, &ServerProcess::onRequestWritable);

    m_state = State::Running;
    qCDebug(lcProjectApi).noquote()
        << "starting" << commandLine() << "in" << m_launch.workingDirectory;
    m_process->start();
    // QProcess forks inside start(); the child has its copies now.
    closeFd(m_childReadFd);
    closeFd(m_childWriteFd);
    closeFd(m_childStdoutFd);
    closeFd(m_childStderrFd);
    if (m_state == State::Running)
        m_pid = m_process->processId();
    return ok();
}

QString ServerProcess::commandLine() const
{
    QStringList parts{quoteArgument(m_launch.program)};
    const QStringList arguments = m_process ? m_process->arguments() : m_launch.arguments;
    for (const QString &argument : arguments)
        parts.append(quoteArgument(argument));
    return parts.join(QLatin1Char(' '));
}

QStringList ServerProcess::stderrTail() const
{
    QStringList tail(m_stderrTail.cbegin(), m_stderrTail.cend());
    if (const QString pending = pendingStderr(); !pending.isEmpty()) {
        tail.append(pending);
        if (tail.size() > StderrTailLines)
            tail.removeFirst();
    }
    return tail;
}

QString ServerProcess::pendingStderr() const
{
    return QString::fromUtf8(m_stderrFramer.pending());
}

bool ServerProcess::send(const QByteArray &line)
{
    if (m_requestFd < 0)
        return false;
    m_writeBuffer.append(line);
    if (!m_requestNotifier->isEnabled())
        flushWrites();
    return true;
}

void ServerProcess::flushWrites()
{
    qsizetype offset = 0;
    while (offset < m_writeBuffer.size() && m_requestFd >= 0) {
        const ssize_t written = writeWithoutSigpipe(m_requestFd,
                                                    m_writeBuffer.constData() + offset,
                                                    size_t(m_writeBuffer.size() - offset));
        if (written > 0) {
            offset += written;
            continue;
        }
        if (written < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            m_writeBuffer.remove(0, offset);
            m_requestNotifier->setEnabled(true);
            return;
        }
        // EPIPE: the server closed its end. Its exit (finished()) reports why.
        qCDebug(lcProjectApi) << "request pipe closed by the server:" << std::strerror(errno);
        closeRequestPipe();
        return;
    }
    m_writeBuffer.clear();
    if (m_requestNotifier)
        m_requestNotifier->setEnabled(false);
}

void ServerProcess::onRequestWritable()
{
    m_requestNotifier->setEnabled(false);
    flushWrites();
}

void ServerProcess::onReplyReadable()
{
    readReplies(false);
}

void ServerProcess::readReplies(bool untilEof)
{
    QPointer<ServerProcess> guard(this);
    char buffer[ReadChunk];
    for (int round = 0; untilEof || round < ReadRoundsPerActivation; ++round) {
        if (m_replyFd < 0)
            return;
        const ssize_t got = ::read(m_replyFd, buffer, sizeof buffer);
        if (got > 0) {
            const auto lines = m_replyFramer.feed(QByteArrayView(buffer, got));
            if (!lines.empty()) {
                // What the server printed before replying belongs before the reply.
                drainOutputs(false);
                if (!guard || m_replyFd < 0)
                    return;
            }
            for (const auto &line : lines) {
                if (line)
                    emit replyLine(*line);
                else
                    emit replyError(line.error());
                if (!guard || m_replyFd < 0)
                    return;
            }
            continue;
        }
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return;
        // EOF (or a read error, which means the same for us): like Python's readline, an
        // unterminated last line still counts.
        if (auto rest = m_replyFramer.finish()) {
            drainOutputs(false);
            if (!guard)
                return;
            emit replyLine(*rest);
            if (!guard)
                return;
        }
        m_replyEof = true;
        closeReplyPipe();
        emit replyChannelClosed();
        return;
    }
}

void ServerProcess::closeRequestPipe()
{
    if (m_requestNotifier) {
        m_requestNotifier->setEnabled(false);
        m_requestNotifier->deleteLater();
        m_requestNotifier = nullptr;
    }
    closeFd(m_requestFd);
    m_writeBuffer.clear();
}

void ServerProcess::closeReplyPipe()
{
    if (m_replyNotifier) {
        m_replyNotifier->setEnabled(false);
        m_replyNotifier->deleteLater();
        m_replyNotifier = nullptr;
    }
    closeFd(m_replyFd);
}

void ServerProcess::closePipes()
{
    closeRequestPipe();
    closeReplyPipe();
}

void ServerProcess::signalGroup(int signal)
{
    if (m_pid <= 0)
        return;
    // Right after fork the child may not have called setsid() yet; then it is not a group
    // leader and only the process itself can be reached.
    if (::kill(-static_cast<pid_t>(m_pid), signal) != 0 && errno == ESRCH)
        ::kill(static_cast<pid_t>(m_pid), signal);
}

void ServerProcess::stop()
{
    closePipes();
    if (m_state != State::Running)
        return;
    m_state = State::Stopping;
    m_termSent = false;
    m_graceTimer->start(m_graceAfterClose);
}

void ServerProcess::kill()
{
    closePipes();
    if (!isRunning())
        return;
    m_state = State::Stopping;
    signalGroup(SIGTERM);
    m_termSent = true;
    // A deadline, not a wait: finish() stops the timer as soon as the server has exited.
    m_graceTimer->start(m_graceAfterKill);
}

void ServerProcess::onGraceTimeout()
{
    if (!isRunning())
        return;
    if (!m_termSent) {
        qCDebug(lcProjectApi) << "server did not exit after its pipes closed; SIGTERM to group"
                              << m_pid;
        signalGroup(SIGTERM);
        m_termSent = true;
        m_graceTimer->start(m_graceAfterTerm);
        return;
    }
    qCDebug(lcProjectApi) << "SIGKILL to group" << m_pid;
    signalGroup(SIGKILL);
}

void ServerProcess::onOutputReadable(LogLine::Stream stream)
{
    drainOutput(stream, false);
}

void ServerProcess::drainOutput(LogLine::Stream stream, bool finalFlush)
{
    const bool isStdout = stream == LogLine::Stream::Stdout;
    int &fd = isStdout ? m_stdoutFd : m_stderrFd;
    LineFramer &framer = isStdout ? m_stdoutFramer : m_stderrFramer;
    QPointer<ServerProcess> guard(this);
    char buffer[ReadChunk];
    // Bounded, so that a tool printing without pause cannot hold a reply back for ever.
    for (int round = 0; fd >= 0 && round < OutputRoundsPerDrain; ++round) {
        const ssize_t got = ::read(fd, buffer, sizeof buffer);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            break;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (got <= 0) {
            // EOF: the server and everything it started closed this stream.
            QSocketNotifier *&notifier = isStdout ? m_stdoutNotifier : m_stderrNotifier;
            if (notifier) {
                notifier->setEnabled(false);
                notifier->deleteLater();
                notifier = nullptr;
            }
            closeFd(fd);
            finalFlush = true;
            break;
        }
        const auto lines = framer.feed(QByteArrayView(buffer, got));
        for (const auto &line : lines) {
            if (line)
                emitLogLine(stream, now, *line);
            if (!guard)
                return;
        }
    }
    if (finalFlush) {
        if (auto rest = framer.finish())
            emitLogLine(stream, QDateTime::currentDateTimeUtc(), *rest);
    }
}

void ServerProcess::drainOutputs(bool finalFlush)
{
    QPointer<ServerProcess> guard(this);
    drainOutput(LogLine::Stream::Stdout, finalFlush);
    if (guard)
        drainOutput(LogLine::Stream::Stderr, finalFlush);
}

void ServerProcess::closeOutputPipes()
{
    for (QSocketNotifier **notifier : {&m_stdoutNotifier, &m_stderrNotifier}) {
        if (*notifier) {
            (*notifier)->setEnabled(false);
            (*notifier)->deleteLater();
            *notifier = nullptr;
        }
    }
    closeFd(m_stdoutFd);
    closeFd(m_stderrFd);
}

void ServerProcess::emitLogLine(LogLine::Stream stream,
                                const QDateTime &when,
                                const QByteArray &bytes)
{
    LogLine line{when, stream, QString::fromUtf8(bytes)};
    if (stream == LogLine::Stream::Stderr) {
        m_stderrTail.push_back(line.text);
        if (m_stderrTail.size() > StderrTailLines)
            m_stderrTail.pop_front();
    }
    emit logLine(line);
}

void ServerProcess::onProcessFinished(int exitCode, int qtExitStatus)
{
    // A reply written just before the exit may still sit in the pipe.
    QPointer<ServerProcess> guard(this);
    readReplies(true);
    if (!guard)
        return;
    drainOutputs(true);
    if (!guard)
        return;
    // The leader is gone; whatever it left in its group or its session (a build tool in a
    // group of its own, a compiler) goes too. Only a descendant that started a session of its
    // own (a device supervisor) is left.
    if (m_pid > 0) {
        ::kill(-static_cast<pid_t>(m_pid), SIGKILL);
        if (const int left = killSession(pid_t(m_pid)); left > 0)
            qCDebug(lcProjectApi) << "killed" << left << "process(es) left in the session of"
                                  << m_pid;
    }

    ExitStatus status;
    if (QProcess::ExitStatus(qtExitStatus) == QProcess::CrashExit) {
        status.kind = ExitStatus::Kind::Signalled;
        status.signal = exitCode;
    } else {
        status.kind = ExitStatus::Kind::Exited;
        status.exitCode = exitCode;
    }
    finish(status);
}

void ServerProcess::onProcessError(int qtError)
{
    if (QProcess::ProcessError(qtError) != QProcess::FailedToStart || m_state == State::Finished)
        return;
    ExitStatus status;
    status.kind = ExitStatus::Kind::FailedToStart;
    status.errorString = m_process->errorString();
    finish(status);
}

void ServerProcess::finish(const ExitStatus &status)
{
    m_graceTimer->stop();
    closePipes();
    // A descendant outside the group may keep the output pipes open; nothing is read after.
    closeOutputPipes();
    m_state = State::Finished;
    m_exitStatus = status;
    qCDebug(lcProjectApi).noquote() << "server" << m_pid << "ended:" << status.toString();
    emit finished(status);
}

} // namespace TinyDeploy::ProjectApi
