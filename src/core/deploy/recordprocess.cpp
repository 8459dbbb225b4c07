#include "recordprocess.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>

#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace TinyDeploy::Deploy {

namespace {

// Field 22 of /proc/<pid>/stat (starttime, clock ticks since boot); 0 when unknown. The
// command name (field 2) is in parentheses and may itself hold spaces and parentheses.
quint64 startTicks(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = file.read(4096);
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return 0;
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    // After the command: field 3 (state) is fields[0], so field 22 is fields[19].
    return fields.size() > 19 ? fields.at(19).toULongLong() : 0;
}

QString programName()
{
    const QString path = QCoreApplication::instance() ? QCoreApplication::applicationFilePath()
                                                      : QString();
    return QFileInfo(path).fileName();
}

} // namespace

QJsonObject currentProcessJson()
{
    const qint64 pid = qint64(::getpid());
    return QJsonObject{{QStringLiteral("pid"), pid},
                       {QStringLiteral("program"), programName()},
                       {QStringLiteral("start_ticks"), QString::number(startTicks(pid))},
                       {QStringLiteral("host"), QSysInfo::machineHostName()}};
}

WriterLiveness writerLiveness(const QJsonObject &process)
{
    const qint64 pid = process.value(QStringLiteral("pid")).toInteger();
    if (pid <= 0)
        return WriterLiveness::Unknown;
    const QString host = process.value(QStringLiteral("host")).toString();
    if (!host.isEmpty() && host != QSysInfo::machineHostName())
        return WriterLiveness::Unknown;
    if (::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
        return WriterLiveness::Gone;
    // The pid exists: is it still the writer, or a process that got the pid since?
    const quint64 recorded = process.value(QStringLiteral("start_ticks")).toString().toULongLong();
    const quint64 now = startTicks(pid);
    if (recorded != 0 && now != 0)
        return recorded == now ? WriterLiveness::Alive : WriterLiveness::Gone;
    const QString program = process.value(QStringLiteral("program")).toString();
    const QString exe = QFileInfo(QStringLiteral("/proc/%1/exe").arg(pid)).symLinkTarget();
    if (!program.isEmpty() && !exe.isEmpty() && QFileInfo(exe).fileName() != program)
        return WriterLiveness::Gone;
    return WriterLiveness::Alive;
}

} // namespace TinyDeploy::Deploy
