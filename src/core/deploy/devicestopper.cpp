#include "devicestopper.h"
#include "deploylogging.h"
#include "deploytr.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTimer>

namespace TinyDeploy::Deploy {

namespace {

QString pythonProgram()
{
    const QString configured = qEnvironmentVariable("TINYDEPLOY_PYTHON");
    if (!configured.isEmpty())
        return configured;
    return QStandardPaths::findExecutable(QStringLiteral("python3"));
}

QString portFromJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll())
        .object()
        .value(QStringLiteral("serial_port"))
        .toString();
}

} // namespace

bool projectHasDeviceRecord(const QString &projectDir)
{
    return QFileInfo::exists(projectDir + QStringLiteral("/run/device.json"));
}

QString rememberedSerialPort(const QString &projectDir)
{
    const QString ours = portFromJson(projectDir + QStringLiteral("/.tinydeploy/flash.json"));
    if (!ours.isEmpty())
        return ours;
    return portFromJson(projectDir + QStringLiteral("/run/device.json"));
}

void stopProjectDevice(const QString &projectDir,
                       QObject *context,
                       std::function<void(Result<void>)> done)
{
    const auto post = [context, done](Result<void> result) {
        QTimer::singleShot(0, context, [done, result] { done(result); });
    };
    if (!QFileInfo::exists(projectDir + QStringLiteral("/tdserver/__main__.py"))
        || !projectHasDeviceRecord(projectDir)) {
        post(ok());
        return;
    }
    const QString python = pythonProgram();
    if (python.isEmpty()) {
        post(fail(ErrorCode::NotFound,
                  Tr::tr("Cannot stop the device: python3 was not found."),
                  projectDir,
                  Tr::tr("Install python3, or stop it with \"python3 -m tdserver stop\" in the "
                         "project folder.")));
        return;
    }
    auto *process = new QProcess(context);
    process->setProgram(python);
    process->setArguments(
        {QStringLiteral("-m"), QStringLiteral("tdserver"), QStringLiteral("stop"), projectDir});
    process->setWorkingDirectory(projectDir);
    process->setProcessChannelMode(QProcess::MergedChannels);
    process->setStandardInputFile(QProcess::nullDevice());
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
