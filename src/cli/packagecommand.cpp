// tinydeploy-cli package and flash-package: deployment packages (docs/package-format.md).

#include "batchdeploy.h"
#include "clitr.h"
#include "commands.h"
#include "deploysupport.h"
#include "output.h"
#include "projectsupport.h"
#include "signalwatcher.h"

#include <deploy/deployment.h>
#include <package/packagewriter.h>

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace TinyDeploy::Cli {

int runPackage(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Writes a deployment package of a built project: one file with the firmware, "
               "how to flash it (the flash recipe), the model's summary and hash, the sample "
               "inputs with their expected outputs and the record of the build. "
               "\"tinydeploy-cli flash-package\" flashes and checks it on a computer without a "
               "compiler or the template."));
    parser.addHelpOption();
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      Tr::tr("The package file to write (FILE.tdpkg)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("record"),
                      Tr::tr("The record folder of the build to include (default: the one the "
                             "project remembers)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("json"), Tr::tr("Prints the manifest as JSON.")});
    parser.addOption(
        {QStringLiteral("verbose"), Tr::tr("On failure, also print the details of the error.")});
    parser.addPositionalArgument(QStringLiteral("PROJECT_DIR"),
                                 Tr::tr("A generated and built project."));
    parser.process(arguments);
    const bool verbose = parser.isSet(QStringLiteral("verbose"));
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("output"))) {
        err() << Tr::tr("Usage: tinydeploy-cli package PROJECT_DIR -o FILE.tdpkg [--record DIR] "
                        "[--json]")
              << '\n';
        return ExitUsage;
    }
    const QString projectDir = absolutePath(parser.positionalArguments().first());
    const QString output = absolutePath(parser.value(QStringLiteral("output")));
    const QString record = parser.isSet(QStringLiteral("record"))
                               ? absolutePath(parser.value(QStringLiteral("record")))
                               : QString();
    const Result<Package::PackageManifest> written = Package::writePackage(projectDir,
                                                                           record,
                                                                           output);
    if (!written)
        return reportFailure(written.error(), verbose);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject object{{QStringLiteral("package"), output},
                           {QStringLiteral("manifest"), written->toJson()}};
        out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    } else {
        out() << Tr::tr("Wrote %1: %2 for %3 (%4), %n file(s).",
                        nullptr,
                        int(written->members.size()))
                     .arg(output, written->modelName, written->boardName, written->templateName)
              << '\n';
        out() << Tr::tr("Flash it with: tinydeploy-cli flash-package %1").arg(output) << '\n';
    }
    out().flush();
    return ExitOk;
}

int runFlashPackage(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Flashes a deployment package to its board (or starts the emulated board) by "
               "its flash recipe, connects to the device, runs the package's sample inputs and "
               "compares the outputs with the expected ones. No Project API server runs and "
               "nothing is built: no compiler and no template are needed, only the flasher (or "
               "QEMU). A package changed after it was written is refused."));
    parser.addHelpOption();
    addProjectOptions(parser);
    addRunOptions(parser);
    parser.addOption({QStringLiteral("keep-running"),
                      Tr::tr("Leave the emulated device (host runner, QEMU) running at exit.")});
    addBatchOptions(parser);
    parser.addPositionalArgument(QStringLiteral("PACKAGE"), Tr::tr("The .tdpkg file."));
    parser.process(arguments);
    const bool verbose = parser.isSet(QStringLiteral("verbose"));
    if (parser.positionalArguments().size() != 1) {
        err() << Tr::tr("Usage: tinydeploy-cli flash-package FILE.tdpkg [--port PORT] "
                        "[-o name=value]... [--input FILE]... [--runs N] [--json] "
                        "[--keep-running] [--boards all|N|SERIAL,... [--jobs K] "
                        "[--label SERIAL=NAME]...]")
              << '\n';
        return ExitUsage;
    }
    const std::optional<uint> runs = runsOption(parser);
    if (!runs)
        return ExitUsage;
    const QString package = absolutePath(parser.positionalArguments().first());
    if (!QFileInfo(package).isFile()) {
        return reportFailure(makeError(ErrorCode::NotFound,
                                       Tr::tr("The deployment package does not exist or is not "
                                              "a file."),
                                       package,
                                       Tr::tr("Give the path of a .tdpkg file.")),
                             verbose);
    }
    Deploy::DeploymentSettings settings;
    settings.packagePath = package;
    settings.firstStep = Deploy::DeploymentStep::Flash;
    settings.lastStep = Deploy::DeploymentStep::Run;
    settings.optionAssignments = parser.values(QStringLiteral("option"));
    settings.serialPort = parser.value(QStringLiteral("port"));
    for (const QString &input : parser.values(QStringLiteral("input")))
        settings.inputFiles.append(absolutePath(input));
    settings.runs = *runs;

    SignalWatcher watcher;
    if (parser.isSet(QStringLiteral("boards")))
        return runBatchDeploy(parser, settings, watcher);

    Deploy::Deployment deployment;
    deployment.setSettings(settings);
    DeployPresentation presentation;
    presentation.json = parser.isSet(QStringLiteral("json"));
    presentation.verbose = verbose;
    presentation.stopDeviceAtExit = !parser.isSet(QStringLiteral("keep-running"));
    return executeDeployment(deployment, watcher, presentation);
}

} // namespace TinyDeploy::Cli
