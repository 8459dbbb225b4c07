#include "devicestopper.h"
#include "deploylogging.h"
#include "deploytr.h"

#include <package/recipeflasher.h>
#include <util/python.h>

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTimer>

namespace TinyDeploy::Deploy {

bool projectHasDeviceRecord(const QString &projectDir)
{
    return QFileInfo::exists(projectDir + QStringLiteral("/run/device.json"));
}

void stopProjectDevice(const QString &projectDir,
                       QObject *context,
                       std::function<void(Result<void>)> done)
{
    const auto post = [context, done](Result<void> result) {
        QTimer::singleShot(0, context, [done, result] { done(result); });
    };
    if (!projectHasDeviceRecord(projectDir)) {
        post(ok());
        return;
    }
    // A generated project carries tdserver/; an unpacked deployment package uses the one
    // installed with TinyDeploy, which started its device.
    QString library;
    if (!QFileInfo::exists(projectDir + QStringLiteral("/tdserver/__main__.py"))) {
        const Result<QString> installed = Package::flashingLibraryDir();
        if (!installed) {
            post(ok());
            return;
        }
        library = *installed;
    }
    const Result<QString> resolved = resolvePython();
    if (!resolved) {
        Error error = resolved.error();
        error.message = Tr::tr("Cannot stop the device: %1").arg(error.message);
        error.location = projectDir;
        post(fail(error));
        return;
    }
    const QString python = *resolved;
    auto *process = new QProcess(context);
    process->setProgram(python);
    process->setArguments(
        {QStringLiteral("-m"), QStringLiteral("tdserver"), QStringLiteral("stop"), projectDir});
    process->setWorkingDirectory(projectDir);
    process->setProcessChannelMode(QProcess::MergedChannels);
    process->setStandardInputFile(QProcess::nullDevice());
    if (!library.isEmpty()) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PYTHONPATH"), library);
        process->setProcessEnvironment(environment);
    }
    const QString command = python + QStringLiteral(" -m tdserver stop ") + projectDir;
    QObject::connect(process,
                     &QProcess::finished,
                     context,
                     [process, done, command, projectDir](int exitCode,
                                                          QProcess::ExitStatus status) {
                         const QString output = QString::fromUtf8(process->readAll()).trimmed();
                         process->deleteLater();
                         qCDebug(lcDeploy) << "device stop:" << output;
                         if (status != QProcess::NormalExit || exitCode != 0) {
                             done(fail(ErrorCode::Io,
                                       Tr::tr("Stopping the device failed."),
                                       projectDir,
                                       Tr::tr("Run \"python3 -m tdserver stop\" in the project "
                                              "folder."),
                                       Tr::tr("Command: %1\nExit status %2\n%3")
                                           .arg(command)
                                           .arg(exitCode)
                                           .arg(output)));
                             return;
                         }
                         done(ok());
                     });
    QObject::connect(process,
                     &QProcess::errorOccurred,
                     context,
                     [process, done, command, projectDir](QProcess::ProcessError error) {
                         if (error != QProcess::FailedToStart)
                             return;
                         const QString reason = process->errorString();
                         process->deleteLater();
                         done(fail(ErrorCode::Io,
                                   Tr::tr("Cannot stop the device: the stop command did not "
                                          "start."),
                                   projectDir,
                                   QString(),
                                   Tr::tr("Command: %1\n%2").arg(command, reason)));
                     });
    process->start();
}

} // namespace TinyDeploy::Deploy
