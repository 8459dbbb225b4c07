#include "batchdeploy.h"
#include "clitr.h"
#include "commands.h"
#include "deploysupport.h"
#include "output.h"
#include "projectsupport.h"
#include "signalwatcher.h"

#include <deploy/deployment.h>

#include <QCommandLineParser>
#include <QFileInfo>

namespace TinyDeploy::Cli {

int runDeploy(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Deploys a model: generates a project from the template, builds it, flashes it "
               "(or starts the emulated board), connects to the device, runs the model and "
               "prints its outputs, its latency and, for a bundled sample, the agreement with "
               "the expected outputs. Everything is recorded in a deployment folder."));
    parser.addHelpOption();
    addProjectOptions(parser);
    addRunOptions(parser);
    parser.addOption({QStringLiteral("template"),
                      Tr::tr("The template: a name from \"tinydeploy-cli templates\" or a "
                             "folder."),
                      QStringLiteral("NAME_OR_DIR")});
    parser.addOption({QStringLiteral("project-dir"),
                      Tr::tr("The project folder to create (must not exist). Default: "
                             "project/ in the deployment's record folder."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("standalone-crt"),
                      Tr::tr("TVM's standalone C runtime folder, for archives without "
                             "runtime/."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("no-fit-check"),
                      Tr::tr("Generate and build even when the fit check says the model does "
                             "not fit the board's flash or RAM (its estimate errs on the safe "
                             "side).")});
    parser.addOption({QStringLiteral("keep-running"),
                      Tr::tr("Leave the emulated device (host runner, QEMU) running at exit, "
                             "for \"tinydeploy-cli run\".")});
    addBatchOptions(parser);
    parser.addPositionalArgument(QStringLiteral("MODEL"), Tr::tr("The MLF archive."));
    parser.process(arguments);
    const bool verbose = parser.isSet(QStringLiteral("verbose"));
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || !parser.isSet(QStringLiteral("template"))) {
        err() << Tr::tr("Usage: tinydeploy-cli deploy MODEL --template NAME_OR_DIR "
                        "[-o name=value]... [--input FILE]... [--runs N] [--project-dir DIR] "
                        "[--port PORT] [--json] [--verbose] [--keep-running] [--no-fit-check] "
                        "[--boards all|N|SERIAL,... [--jobs K] [--label SERIAL=NAME]...]")
              << '\n';
        return ExitUsage;
    }
    const std::optional<uint> runs = runsOption(parser);
    if (!runs)
        return ExitUsage;
    const QString model = absolutePath(positional.first());
    if (!QFileInfo(model).isReadable()) {
        return reportFailure(makeError(ErrorCode::NotFound,
                                       Tr::tr("The model archive does not exist or cannot be "
                                              "read."),
                                       model),
                             verbose);
    }

    QStringList inputFiles;
    for (const QString &input : parser.values(QStringLiteral("input")))
        inputFiles.append(absolutePath(input));
    // A file that is not a tensor fails before any server starts (the template's included);
    // its shape and type are checked against the model before the project is generated.
    if (Result<QList<Deploy::InputSet>> inputs = Deploy::loadInputFiles(inputFiles, 1); !inputs)
        return reportFailure(inputs.error(), verbose);

    SignalWatcher watcher;
    const Result<Templates::TemplateInfo> templ = resolveTemplate(parser.value(
                                                                      QStringLiteral("template")),
                                                                  &watcher);
    if (!templ)
        return reportFailure(templ.error(), verbose);
    warnAboutProblems(*templ);

    Deploy::DeploymentSettings settings;
    settings.modelPath = model;
    settings.templateDir = templ->path();
    settings.templateName = templ->name();
    settings.optionAssignments = parser.values(QStringLiteral("option"));
    if (parser.isSet(QStringLiteral("project-dir")))
        settings.projectDir = absolutePath(parser.value(QStringLiteral("project-dir")));
    if (parser.isSet(QStringLiteral("standalone-crt")))
        settings.standaloneCrtDir = absolutePath(parser.value(QStringLiteral("standalone-crt")));
    settings.serialPort = parser.value(QStringLiteral("port"));
    settings.inputFiles = inputFiles;
    settings.runs = *runs;
    settings.checkFit = !parser.isSet(QStringLiteral("no-fit-check"));

    if (parser.isSet(QStringLiteral("boards")))
        return runBatchDeploy(parser, settings, watcher);

    Deploy::Deployment deployment;
    deployment.setSettings(settings);
    // build, flash and run on this project later find its options and port (ProjectState).

    DeployPresentation presentation;
    presentation.json = parser.isSet(QStringLiteral("json"));
    presentation.verbose = verbose;
    presentation.stopDeviceAtExit = !parser.isSet(QStringLiteral("keep-running"));
    return executeDeployment(deployment, watcher, presentation);
}

} // namespace TinyDeploy::Cli
