#pragma once

// Shared by the batch integration tests: a qemu-system-arm wrapper on PATH that fails for the
// board whose project path contains a marker while a flag file exists, and a check that no
// process runs under a folder any more.

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QString>

namespace BatchFixture {

/// Writes <dir>/bin/qemu-system-arm: exits 1 with a message when its arguments contain
/// @p marker and @p flagFile exists, else runs the real QEMU. Returns the bin folder (empty
/// when the real QEMU is not installed).
inline QString writeFaultyQemu(const QString &dir, const QString &marker, const QString &flagFile)
{
    const QString real = QStandardPaths::findExecutable(QStringLiteral("qemu-system-arm"));
    if (real.isEmpty())
        return {};
    const QString bin = dir + QStringLiteral("/bin");
    QDir().mkpath(bin);
    QFile script(bin + QStringLiteral("/qemu-system-arm"));
    if (!script.open(QIODevice::WriteOnly))
        return {};
    script.write(QStringLiteral("#!/bin/sh\n"
                                "case \"$*\" in *%1*) if [ -e '%2' ]; then\n"
                                "  echo 'qemu-system-arm: injected fault for this board' >&2\n"
                                "  exit 1\n"
                                "fi ;; esac\n"
                                "exec '%3' \"$@\"\n")
                     .arg(marker, flagFile, real)
                     .toUtf8());
    script.close();
    script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return bin;
}

/// True while any process names a path under @p root on its command line.
inline bool processRunsUnder(const QString &root)
{
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool numeric = false;
        entry.toLongLong(&numeric);
        if (!numeric)
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(entry));
        if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(root.toUtf8()))
            return true;
    }
    return false;
}

} // namespace BatchFixture
