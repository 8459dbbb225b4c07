#include "clitr.h"
#include "commands.h"
#include "deploysupport.h"
#include "output.h"
#include "projectsupport.h"
#include "signalwatcher.h"

#include <deploy/deployment.h>
#include <deploy/projectstate.h>
#include <deploy/runprotocol.h>

#include <QCommandLineParser>

namespace TinyDeploy::Cli {

int runRun(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Runs the model again on a flashed device: connects to it the way the project "
               "speaks (TinyDeploy's protocol on the serial port remembered at flash time or "
               "--port; microTVM RPC on that port or through the project's Project API "
               "transport), sends the inputs and prints the outputs and the latency. The device "
               "is left as it was."));
    parser.addHelpOption();
    addRunOptions(parser);
    parser.addOption(
        {QStringLiteral("verbose"), Tr::tr("Show every log line, and the details of errors.")});
    parser.addPositionalArgument(QStringLiteral("PROJECT_DIR"),
                                 Tr::tr("A generated and flashed project."));
    parser.process(arguments);
    const bool verbose = parser.isSet(QStringLiteral("verbose"));
    if (parser.positionalArguments().size() != 1) {
        err() << Tr::tr("Usage: tinydeploy-cli run PROJECT_DIR [--port PORT] [--input FILE]... "
                        "[--runs N] [--json]")
              << '\n';
        return ExitUsage;
    }
    const std::optional<uint> runs = runsOption(parser);
    if (!runs)
        return ExitUsage;
    const QString projectDir = absolutePath(parser.positionalArguments().first());
    Deploy::DeploymentSettings settings;
    settings.firstStep = Deploy::DeploymentStep::Connect;
    // The model (its sample inputs, labels and expected outputs), the template and the options
    // come from what the project remembers (Deploy::ProjectState).
    settings.projectDir = projectDir;
    settings.serialPort = parser.value(QStringLiteral("port"));
    // The port question belongs to the serial link only: a project driven over microTVM RPC
    // through its Project API transport (TVM's CRT host template) needs none.
    const Result<Deploy::RunChoice> choice = Deploy::runChoiceForProject(projectDir,
                                                                         settings.serialPort);
    if (!choice)
        return reportFailure(choice.error(), verbose);
    if (choice->link == Deploy::RunLink::SerialPort && settings.serialPort.isEmpty()) {
        const Result<QString> remembered = Deploy::rememberedSerialPort(projectDir);
        if (!remembered)
            return reportFailure(remembered.error(), verbose);
        if (remembered->isEmpty()) {
            return reportFailure(makeError(ErrorCode::PortUnavailable,
                                           Tr::tr("The project does not remember a serial port."),
                                           projectDir,
                                           Tr::tr("Flash it first (tinydeploy-cli flash), or give "
                                                  "the board's port with --port.")),
                                 verbose);
        }
    }
    for (const QString &input : parser.values(QStringLiteral("input")))
        settings.inputFiles.append(absolutePath(input));
    settings.runs = *runs;

    SignalWatcher watcher;
    Deploy::Deployment deployment;
    deployment.setSettings(settings);
    DeployPresentation presentation;
    presentation.json = parser.isSet(QStringLiteral("json"));
    presentation.verbose = verbose;
    return executeDeployment(deployment, watcher, presentation);
}

} // namespace TinyDeploy::Cli
