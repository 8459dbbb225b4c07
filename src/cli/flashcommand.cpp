#include "clitr.h"
#include "commands.h"
#include "output.h"
#include "projectsupport.h"
#include "signalwatcher.h"

#include <deploy/deployment.h>

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

namespace TinyDeploy::Cli {

int runFlash(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Flashes a built project to its board (or starts the emulated board) and prints "
               "the serial port when the template reports one. Server output is shown on "
               "stderr, each line prefixed with \"| \"."));
    parser.addHelpOption();
    addProjectOptions(parser);
    parser.addOption({QStringLiteral("json"), Tr::tr("Prints the flash result as JSON.")});
    parser.addPositionalArgument(QStringLiteral("PROJECT_DIR"), Tr::tr("The generated project."));
    parser.process(arguments);
    const bool verbose = parser.isSet(QStringLiteral("verbose"));
    if (parser.positionalArguments().size() != 1) {
        err() << Tr::tr("Usage: tinydeploy-cli flash PROJECT_DIR [-o name=value]...") << '\n';
        return ExitUsage;
    }
    const QString projectDir = absolutePath(parser.positionalArguments().first());

    Deploy::DeploymentSettings settings;
    settings.firstStep = Deploy::DeploymentStep::Flash;
    settings.lastStep = Deploy::DeploymentStep::Flash;
    settings.projectDir = projectDir;
    // The options given at generate time (the project remembers them), then these.
    settings.optionAssignments = parser.values(QStringLiteral("option"));
    SignalWatcher watcher;
    Deploy::Deployment deployment;
    deployment.setSettings(settings);
    if (const int code = runSteps(deployment, watcher, verbose); code != ExitOk)
        return code;
    const QJsonValue result = deployment.flashResult();

    // TinyDeploy's templates return {"serial_port": ...}; TVM's return null.
    const QString port = result.toObject().value(QStringLiteral("serial_port")).toString();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject object{{QStringLiteral("project"), projectDir},
                           {QStringLiteral("result"), result}};
        if (!port.isEmpty())
            object.insert(QStringLiteral("serial_port"), port);
        out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    } else {
        out() << Tr::tr("Flashed %1.").arg(projectDir) << '\n';
        if (!port.isEmpty())
            out() << Tr::tr("Serial port: %1").arg(port) << '\n';
    }
    out().flush();
    return ExitOk;
}

} // namespace TinyDeploy::Cli
