#include "clitr.h"
#include "commands.h"
#include "output.h"
#include "projectsupport.h"
#include "signalwatcher.h"

#include <deploy/deployment.h>

#include <QCommandLineParser>

namespace TinyDeploy::Cli {

int runBuild(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Builds a generated project with the options given at generate time, plus the "
               "ones given here. Server output is shown on stderr, each line prefixed with "
               "\"| \"."));
    parser.addHelpOption();
    addProjectOptions(parser);
    parser.addPositionalArgument(QStringLiteral("PROJECT_DIR"), Tr::tr("The generated project."));
    parser.process(arguments);
    const bool verbose = parser.isSet(QStringLiteral("verbose"));
    if (parser.positionalArguments().size() != 1) {
        err() << Tr::tr("Usage: tinydeploy-cli build PROJECT_DIR [-o name=value]...") << '\n';
        return ExitUsage;
    }
    const QString projectDir = absolutePath(parser.positionalArguments().first());

    Deploy::DeploymentSettings settings;
    settings.firstStep = Deploy::DeploymentStep::Build;
    settings.lastStep = Deploy::DeploymentStep::Build;
    settings.projectDir = projectDir;
    // The options given at generate time (the project remembers them), then these.
    settings.optionAssignments = parser.values(QStringLiteral("option"));
    SignalWatcher watcher;
    Deploy::Deployment deployment;
    deployment.setSettings(settings);
    if (const int code = runSteps(deployment, watcher, verbose); code != ExitOk)
        return code;
    out() << Tr::tr("Built %1.").arg(projectDir) << '\n';
    out().flush();
    return ExitOk;
}

} // namespace TinyDeploy::Cli
