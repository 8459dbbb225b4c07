#pragma once

// Shared by tst_package_deb and tst_package_install: builds the .deb with CPack from the build
// tree into <build>/packaging-test (tst_package_deb does; tst_package_install reuses it), and
// runs programs with a deadline.

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace PackageSupport {

inline QString packageDir()
{
    return QStringLiteral(TINYDEPLOY_BINARY_DIR "/packaging-test");
}

/// The .deb in packageDir(), empty when there is none (or several).
inline QString builtDeb()
{
    const QStringList debs = QDir(packageDir())
                                 .entryList({QStringLiteral("tinydeploy_*.deb")}, QDir::Files);
    return debs.size() == 1 ? QDir(packageDir()).filePath(debs.constFirst()) : QString();
}

struct Run
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString describe(const QString &program) const
    {
        return QStringLiteral("%1: %2, exit code %3\n%4%5")
            .arg(program,
                 finished ? QStringLiteral("finished") : QStringLiteral("did not finish in time"))
            .arg(exitCode)
            .arg(QString::fromUtf8(out.right(4000)), QString::fromUtf8(err.right(4000)));
    }
};

/// Runs @p program to its end, or kills it after @p timeoutMs.
inline Run run(const QString &program,
               const QStringList &arguments,
               int timeoutMs,
               const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
               const QString &workingDir = {})
{
    QProcess process;
    process.setProcessEnvironment(env);
    if (!workingDir.isEmpty())
        process.setWorkingDirectory(workingDir);
    QSignalSpy done(&process, &QProcess::finished);
    process.start(program, arguments);
    Run result;
    if (!process.waitForStarted(30000)) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    result.finished = done.wait(timeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished(10000);
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

/// Builds the .deb (cpack -G DEB) into a fresh packageDir(). Returns the failure, or empty.
inline QString buildDeb(int timeoutMs)
{
    QDir(packageDir()).removeRecursively();
    QDir().mkpath(packageDir());
    const Run cpack = run(QStringLiteral(TINYDEPLOY_CPACK_COMMAND),
                          {QStringLiteral("-G"),
                           QStringLiteral("DEB"),
                           QStringLiteral("--config"),
                           QStringLiteral(TINYDEPLOY_BINARY_DIR "/CPackConfig.cmake"),
                           QStringLiteral("-B"),
                           packageDir()},
                          timeoutMs,
                          QProcessEnvironment::systemEnvironment(),
                          QStringLiteral(TINYDEPLOY_BINARY_DIR));
    if (!cpack.finished || cpack.exitCode != 0)
        return cpack.describe(QStringLiteral("cpack"));
    if (builtDeb().isEmpty())
        return QStringLiteral("cpack made no single tinydeploy_*.deb in ") + packageDir();
    // CPack's staging copy is not needed any more.
    QDir(packageDir() + QStringLiteral("/_CPack_Packages")).removeRecursively();
    return {};
}

/// The programs of @p programs that are not on PATH.
inline QStringList missingPrograms(const QStringList &programs)
{
    QStringList missing;
    for (const QString &program : programs) {
        if (QStandardPaths::findExecutable(program).isEmpty())
            missing << program;
    }
    return missing;
}

} // namespace PackageSupport
