// How a server is launched (spec section 1) and how its end is described.

#include "serverprocess.h"

#include "projectapitr.h"

#include <util/python.h>

#include <QDir>
#include <QFileInfo>

#include <cstring>

namespace TinyDeploy::ProjectApi {

QString ExitStatus::toString() const
{
    switch (kind) {
    case Kind::NotStarted:
        return Tr::tr("not started");
    case Kind::FailedToStart:
        return Tr::tr("failed to start: %1").arg(errorString);
    case Kind::Exited:
        return Tr::tr("exit status %1").arg(exitCode);
    case Kind::Signalled: {
        const char *name = sigabbrev_np(signal);
        if (!name)
            return Tr::tr("killed by signal %1").arg(signal);
        return Tr::tr("killed by signal %1 (SIG%2)").arg(signal).arg(QString::fromLatin1(name));
    }
    }
    return {};
}

Result<ServerProcess::Launch> ServerProcess::resolveLaunch(const QString &dir)
{
    const QFileInfo dirInfo(dir);
    if (dir.isEmpty() || !dirInfo.isDir()) {
        return fail(ErrorCode::ServerNotFound,
                    Tr::tr("The template or project directory '%1' does not exist.").arg(dir),
                    dir,
                    Tr::tr("Choose an existing template or generated project directory."));
    }
    Launch launch;
    launch.workingDirectory = dirInfo.absoluteFilePath();
    const QDir directory(launch.workingDirectory);
    const QString script = directory.absoluteFilePath(QStringLiteral("microtvm_api_server.py"));
    const QFileInfo launcher(
        directory.absoluteFilePath(QStringLiteral("launch_microtvm_api_server.sh")));
    if (launcher.isFile()) {
        if (!launcher.isExecutable()) {
            return fail(ErrorCode::ServerStartFailed,
                        Tr::tr("The launch script is not executable."),
                        launcher.absoluteFilePath(),
                        Tr::tr("Make it executable (chmod +x %1).").arg(launcher.absoluteFilePath()));
        }
        launch.program = launcher.absoluteFilePath();
        launch.arguments = QStringList{script};
        launch.viaLaunchScript = true;
        return launch;
    }
    if (!QFileInfo(script).isFile()) {
        return fail(ErrorCode::ServerNotFound,
                    Tr::tr("No Project API server found in '%1'.").arg(launch.workingDirectory),
                    launch.workingDirectory,
                    Tr::tr("A template or generated project contains microtvm_api_server.py "
                           "or launch_microtvm_api_server.sh."));
    }
    auto python = resolvePython();
    if (!python)
        return fail(python.error());
    launch.program = *python;
    launch.arguments = QStringList{script};
    return launch;
}

} // namespace TinyDeploy::ProjectApi
