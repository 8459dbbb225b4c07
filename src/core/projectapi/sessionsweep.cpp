#include "sessionsweep.h"

#include <QDir>
#include <QFile>
#include <QSet>

#include <cerrno>
#include <csignal>

#include <unistd.h>

namespace TinyDeploy::ProjectApi {

namespace {

constexpr int KillRounds = 4;

struct ProcessIds
{
    pid_t pid = 0;
    pid_t group = 0;
    pid_t session = 0;
    char state = 0;
};

/// The ids from /proc/<pid>/stat: "pid (comm) state ppid pgrp session ..."; comm may hold
/// spaces and parentheses, so the fields are counted from its last ')'.
bool readIds(pid_t pid, ProcessIds *ids)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray stat = file.read(4096);
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return false;
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    if (fields.size() < 4 || fields[0].isEmpty())
        return false;
    bool groupOk = false;
    bool sessionOk = false;
    ids->pid = pid;
    ids->state = fields[0].at(0);
    ids->group = pid_t(fields[2].toLongLong(&groupOk));
    ids->session = pid_t(fields[3].toLongLong(&sessionOk));
    return groupOk && sessionOk;
}

} // namespace

int signalSession(pid_t session, int signal)
{
    if (session <= 1 || session == ::getsid(0))
        return 0; // never our own session
    const QStringList entries = QDir(QStringLiteral("/proc"))
                                    .entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QSet<pid_t> groups;
    int found = 0;
    for (const QString &entry : entries) {
        bool numeric = false;
        const pid_t pid = pid_t(entry.toLongLong(&numeric));
        ProcessIds ids;
        if (!numeric || !readIds(pid, &ids) || ids.session != session || ids.state == 'Z')
            continue;
        ++found;
        if (groups.contains(ids.group))
            continue;
        groups.insert(ids.group);
        if (::kill(-ids.group, signal) != 0 && errno == ESRCH)
            ::kill(pid, signal);
    }
    return found;
}

int killSession(pid_t session)
{
    const int first = signalSession(session, SIGKILL);
    // A process that was just being forked, or that moved to a new group between the scan and
    // the signal, is found by the next round. Killed processes that have not exited yet are
    // found again; SIGKILL to them again is harmless.
    for (int round = 1, found = first; round < KillRounds && found > 0; ++round)
        found = signalSession(session, SIGKILL);
    return first;
}

} // namespace TinyDeploy::ProjectApi
