#pragma once

// What this process holds, for the load test and bench_load (test code, Linux /proc):
// resident memory (/proc/self/statm), open file descriptors (/proc/self/fd), child processes
// (every process whose parent is us) and the processes whose command line mentions a path
// (the servers, runners and supervisors of projects under a test folder, which are not our
// children once their server exited).

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

#include <unistd.h>

namespace ResourceProbe {

/// Resident set size in KiB.
inline qint64 residentKiB()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    if (fields.size() < 2)
        return -1;
    return fields.at(1).toLongLong() * qint64(sysconf(_SC_PAGESIZE)) / 1024;
}

/// Open file descriptors, each as "N -> target".
inline QStringList openFds()
{
    QStringList out;
    const QDir dir(QStringLiteral("/proc/self/fd"));
    for (const QString &name :
         dir.entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System)) {
        const QString target = QFile::symLinkTarget(dir.filePath(name));
        // The listing's own descriptor is gone by now.
        if (!target.isEmpty())
            out.append(name + QStringLiteral(" -> ") + target);
    }
    return out;
}

inline int openFdCount()
{
    return int(openFds().size());
}

/// Every process as "pid command line" for which @p accept(pid, ppid, cmdline) is true.
template<typename Accept>
QStringList processes(Accept accept)
{
    QStringList out;
    const QDir proc(QStringLiteral("/proc"));
    for (const QString &name : proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool isPid = false;
        const qint64 pid = name.toLongLong(&isPid);
        if (!isPid || pid == qint64(getpid()))
            continue;
        QFile stat(proc.filePath(name + QStringLiteral("/stat")));
        QFile cmdline(proc.filePath(name + QStringLiteral("/cmdline")));
        if (!stat.open(QIODevice::ReadOnly) || !cmdline.open(QIODevice::ReadOnly))
            continue;
        // "pid (comm) state ppid ...": comm may hold spaces, so parse after its ')'.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> rest = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (rest.size() < 2)
            continue;
        const qint64 ppid = rest.at(1).toLongLong();
        QByteArray command = cmdline.readAll();
        command.replace('\0', ' ');
        const QString text = QString::fromLocal8Bit(command.trimmed());
        if (accept(pid, ppid, text))
            out.append(QString::number(pid) + QLatin1Char(' ') + text);
    }
    return out;
}

/// Our child processes.
inline QStringList children()
{
    const qint64 self = qint64(getpid());
    return processes([self](qint64, qint64 ppid, const QString &) { return ppid == self; });
}

/// Processes whose command line mentions @p path (e.g. the folder the projects are in).
inline QStringList mentioning(const QString &path)
{
    return processes(
        [&path](qint64, qint64, const QString &command) { return command.contains(path); });
}

} // namespace ResourceProbe
