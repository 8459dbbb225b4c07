#include "clitr.h"
#include "commands.h"
#include "output.h"
#include "projectsupport.h"
#include "signalwatcher.h"
#include "validatesupport.h"

#include <deploy/deployment.h>
#include <deploy/devicestopper.h>
#include <deploy/modelstaging.h>
#include <deploy/projectstate.h>
#include <deploy/samplekit.h>
#include <validate/validation.h>

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

namespace TinyDeploy::Cli {

using namespace TinyDeploy::Deploy;
using namespace TinyDeploy::Validate;

namespace {

// Runs @p deployment (settings set) to its end; the device stays open (keepDeviceOpen).
Result<void> connectDeployment(Deployment &deployment, SignalWatcher &watcher, bool verbose)
{
    QEventLoop loop;
    QObject::connect(&deployment, &Deployment::finished, &loop, &QEventLoop::quit);
    QObject::connect(&watcher, &SignalWatcher::signalReceived, &deployment, [&deployment] {
        deployment.cancel();
    });
    QObject::connect(&deployment, &Deployment::stepStarted, &loop, [](DeploymentStep step) {
        err() << "== " << stepTitle(step) << " ==" << Qt::endl;
    });
    QObject::connect(&deployment,
                     &Deployment::logLine,
                     &loop,
                     [verbose](DeploymentStep, const QDateTime &, const QString &text, LogStream) {
                         if (verbose)
                             err() << "   " << text << Qt::endl;
                     });
    if (Result<void> started = deployment.start(); !started)
        return fail(started.error());
    if (deployment.isActive())
        loop.exec();
    if (deployment.state() == DeploymentState::Finished && deployment.runner())
        return ok();
    if (deployment.error())
        return fail(*deployment.error());
    return fail(ErrorCode::DeviceDisconnected,
                Tr::tr("The device is not connected."),
                deployment.projectDir());
}

// The host reference: @p projectDir when the user names one (a built host project), else a
// host project of @p modelPath in the cache (one per model content), generated and built the
// first time; started (flash) and connected.
Result<void> startHostReference(Deployment &reference,
                                const QString &modelPath,
                                const QString &userProject,
                                SignalWatcher &watcher,
                                bool verbose)
{
    if (!userProject.isEmpty()) {
        DeploymentSettings settings;
        settings.projectDir = userProject;
        settings.firstStep = DeploymentStep::Flash;
        settings.lastStep = DeploymentStep::Connect;
        settings.keepDeviceOpen = true;
        err() << Tr::tr("Host reference: %1").arg(userProject) << Qt::endl;
        reference.setSettings(settings);
        return connectDeployment(reference, watcher, verbose);
    }
    Result<Templates::TemplateInfo> host = resolveTemplate(QStringLiteral("host"), &watcher);
    if (!host)
        return fail(host.error());
    const Result<QString> modelSha256 = sha256OfFile(modelPath);
    if (!modelSha256)
        return fail(modelSha256.error());
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    const QString projectDir = QDir(cache).filePath(QStringLiteral("validation-reference/")
                                                    + modelSha256->left(16)
                                                    + QStringLiteral("/project"));
    DeploymentSettings settings;
    settings.modelPath = modelPath;
    settings.templateDir = host->path();
    settings.templateName = host->name();
    settings.projectDir = projectDir;
    settings.lastStep = DeploymentStep::Connect;
    settings.keepDeviceOpen = true;
    Result<std::optional<ProjectState>> state = ProjectState::load(projectDir);
    if (state && *state && (*state)->buildOptions.isEmpty() == false) {
        settings.firstStep = DeploymentStep::Flash; // built before: start its runner again
    } else if (QFileInfo::exists(projectDir)) {
        QDir(projectDir).removeRecursively(); // what a failed attempt left
    }
    QDir().mkpath(QFileInfo(projectDir).absolutePath());
    err() << Tr::tr("Host reference: %1").arg(projectDir) << Qt::endl;
    reference.setSettings(settings);
    return connectDeployment(reference, watcher, verbose);
}

void stopDevice(const QString &projectDir)
{
    if (!projectHasDeviceRecord(projectDir))
        return;
    std::optional<Result<void>> stopped;
    QEventLoop loop;
    stopProjectDevice(projectDir, &loop, [&](Result<void> result) {
        stopped = result;
        loop.quit();
    });
    if (!stopped)
        loop.exec();
}

} // namespace

int runValidate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Validates the model on a flashed device: runs every sample of a data set and "
               "compares the outputs with the expected ones (or the labels, or the same model "
               "on the host), then prints the figures and the worst samples. The exit status is "
               "0 when the validation ran to the end, whatever it found."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("reference"),
                      Tr::tr("What the outputs are compared with: expected (the data set's "
                             "expected outputs; the default when it has them), labels, or host "
                             "(the same model built for the host: differential validation)."),
                      QStringLiteral("REF")});
    parser.addOption({QStringLiteral("reference-project"),
                      Tr::tr("With --reference host: a built host project to use as the "
                             "reference (default: one made from the project's model in the "
                             "cache)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("top-k"),
                      Tr::tr("k of the top-k agreement (default 3)."),
                      QStringLiteral("K"),
                      QStringLiteral("3")});
    parser.addOption({QStringLiteral("limit"),
                      Tr::tr("Validate the first N samples only."),
                      QStringLiteral("N"),
                      QStringLiteral("0")});
    parser.addOption({QStringLiteral("port"),
                      Tr::tr("The device's serial port (default: the one remembered at flash "
                             "time)."),
                      QStringLiteral("PORT")});
    parser.addOption({QStringLiteral("json"), Tr::tr("Prints validation.json on stdout.")});
    parser.addOption(
        {QStringLiteral("verbose"), Tr::tr("Show every log line, and the details of errors.")});
    parser.addPositionalArgument(QStringLiteral("PROJECT_DIR"),
                                 Tr::tr("A generated and flashed project."));
    parser.addPositionalArgument(QStringLiteral("DATASET"),
                                 Tr::tr("A data set folder, .npz or labels .csv."));
    parser.process(arguments);
    const bool verbose = parser.isSet(QStringLiteral("verbose"));
    const auto usage = [] {
        err() << Tr::tr("Usage: tinydeploy-cli validate PROJECT_DIR DATASET [--json] "
                        "[--reference expected|labels|host] [--top-k K] [--limit N]")
              << '\n';
        return ExitUsage;
    };
    if (parser.positionalArguments().size() != 2)
        return usage();
    bool okK = false;
    bool okLimit = false;
    const int topK = parser.value(QStringLiteral("top-k")).toInt(&okK);
    const qsizetype limit = parser.value(QStringLiteral("limit")).toLongLong(&okLimit);
    std::optional<Reference> reference;
    if (parser.isSet(QStringLiteral("reference"))) {
        reference = referenceFromName(parser.value(QStringLiteral("reference")));
        if (!reference)
            return usage();
    }
    if (!okK || topK < 1 || !okLimit || limit < 0)
        return usage();

    const QString projectDir = absolutePath(parser.positionalArguments().at(0));
    const QString dataSetPath = absolutePath(parser.positionalArguments().at(1));
    Result<std::optional<ProjectState>> project = ProjectState::load(projectDir);
    if (!project)
        return reportFailure(project.error(), verbose);
    if (!*project) {
        return reportFailure(makeError(ErrorCode::NotAProject,
                                       Tr::tr("This folder is not a TinyDeploy project."),
                                       projectDir,
                                       Tr::tr("Give a project made by tinydeploy-cli generate "
                                              "or deploy.")),
                             verbose);
    }
    const QString modelPath = (*project)->modelPath;
    const SampleKit kit = SampleKit::find(modelPath);
    Result<DataSet> dataSet = DataSet::open(dataSetPath, kit.labels());
    if (!dataSet)
        return reportFailure(dataSet.error(), verbose);
    dataSet->setInputQuant(kit.inputQuant());
    if (!reference)
        reference = dataSet->hasExpected() ? Reference::Expected : Reference::Labels;

    SignalWatcher watcher;
    DeploymentSettings settings;
    settings.firstStep = DeploymentStep::Connect;
    settings.lastStep = DeploymentStep::Connect;
    settings.keepDeviceOpen = true;
    settings.projectDir = projectDir;
    settings.serialPort = parser.value(QStringLiteral("port"));
    Deployment board;
    board.setSettings(settings);
    if (Result<void> connected = connectDeployment(board, watcher, verbose); !connected)
        return reportFailure(connected.error(), verbose);

    Deployment host;
    if (*reference == Reference::Host) {
        if (Result<void> started = startHostReference(host,
                                                      modelPath,
                                                      parser.isSet(
                                                          QStringLiteral("reference-project"))
                                                          ? absolutePath(parser.value(
                                                              QStringLiteral("reference-project")))
                                                          : QString(),
                                                      watcher,
                                                      verbose);
            !started) {
            return reportFailure(started.error(), verbose);
        }
    }

    ValidationSettings validationSettings;
    validationSettings.recordFolder = board.recordFolder();
    validationSettings.reference = *reference;
    validationSettings.topK = topK;
    validationSettings.limit = limit;
    Validation validation;
    validation.setSettings(validationSettings);
    validation.setDataSet(*dataSet);
    validation.setSampleKit(kit);
    validation.setBoard(board.runner(), *board.deviceInfo());
    if (host.runner())
        validation.setReference(host.runner(), *host.deviceInfo());

    int code = runValidation(validation, watcher, parser.isSet(QStringLiteral("json")), verbose);
    board.closeDevice();
    if (host.runner()) {
        host.closeDevice();
        stopDevice(host.projectDir()); // the host runner would wait for its idle timeout
    }
    return code;
}

} // namespace TinyDeploy::Cli
