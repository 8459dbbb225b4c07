#pragma once

// Helpers for tests that run tests/fakes/fake_project_api_server.py. Header-only, test code.
//
// makeServerDir() assembles a template directory in a temporary folder (the fake copied as
// microtvm_api_server.py, optionally the launch-script fixture); the fake's behaviour is then
// chosen with FAKE_SERVER_BEHAVIOUR in the server's environment (see the script's docstring).
// becomeSubreaper() + isDead() + childrenOf() let a test prove that no process is left
// behind: orphaned descendants are re-parented to the test process, so they can be checked and
// reaped even where PID 1 does not reap orphans (as in some containers).

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <cerrno>
#include <csignal>

#include <sys/prctl.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

namespace FakeServer {

inline QString fakesDir()
{
    return QStringLiteral(TINYDEPLOY_TESTS_DIR "/fakes");
}

inline QString scriptPath()
{
    return fakesDir() + QStringLiteral("/fake_project_api_server.py");
}

/// Copies the fake into @p dir as microtvm_api_server.py (and the launch script if asked).
inline bool makeServerDir(const QString &dir, bool withLaunchScript = false)
{
    if (!QDir().mkpath(dir))
        return false;
    const QString server = dir + QStringLiteral("/microtvm_api_server.py");
    QFile::remove(server);
    if (!QFile::copy(scriptPath(), server))
        return false;
    if (!withLaunchScript)
        return true;
    const QString script = dir + QStringLiteral("/launch_microtvm_api_server.sh");
    QFile::remove(script);
    if (!QFile::copy(fakesDir()
                         + QStringLiteral("/launch-script-template/"
                                          "launch_microtvm_api_server.sh"),
                     script))
        return false;
    return QFile::setPermissions(script,
                                 QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                     | QFile::ReadGroup | QFile::ExeGroup);
}

inline QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

inline pid_t readPid(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return pid_t(file.readAll().trimmed().toLongLong());
}

inline void becomeSubreaper()
{
    ::prctl(PR_SET_CHILD_SUBREAPER, 1);
}

/// State letter from /proc/<pid>/stat ('R', 'S', 'Z', ...), or 0 if there is no such process.
inline char processState(pid_t pid, pid_t *parent = nullptr)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = file.readAll();
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0 || close + 4 > stat.size())
        return 0;
    if (parent)
        *parent = pid_t(stat.mid(close + 4).split(' ').value(0).toLongLong());
    return stat.at(close + 2);
}

/// True when @p pid no longer runs. An orphan adopted by this (subreaper) process is reaped
/// here; only call this for descendants that QProcess does not own.
inline bool isDead(pid_t pid)
{
    if (::kill(pid, 0) != 0 && errno == ESRCH)
        return true;
    int status = 0;
    if (::waitpid(pid, &status, WNOHANG) == pid)
        return true;
    return processState(pid) == 'Z';
}

/// Processes whose parent is @p parent.
inline QList<pid_t> childrenOf(pid_t parent)
{
    QList<pid_t> children;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool numeric = false;
        const pid_t pid = pid_t(entry.toLongLong(&numeric));
        if (!numeric)
            continue;
        pid_t ppid = 0;
        if (processState(pid, &ppid) && ppid == parent)
            children.append(pid);
    }
    return children;
}

/// Reaps this process's finished children (orphans it adopted included) and says whether none
/// is left: for "nothing the test started still runs" checks, inside QTRY_VERIFY.
inline bool noChildrenLeft()
{
    const QList<pid_t> children = childrenOf(::getpid());
    for (pid_t child : children)
        isDead(child);
    return childrenOf(::getpid()).isEmpty();
}

} // namespace FakeServer
