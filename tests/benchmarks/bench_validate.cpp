// bench_validate: validation throughput of the digits int8 model on the host template over its
// pty, and the share of the time spent in TinyDeploy versus waiting for the device.
//
// A Deployment generates, builds and starts a host project of resources/samples/digits_int8.tar
// and connects (as `tinydeploy-cli validate` does); then a Validation runs the bundled
// validation set (450 images) --rounds times. Per round: samples per second, and of the wall
// time, the time the controller waited for the runner's answers (the pty, the host runner and
// the model) against the rest: reading each sample, checking it, typing and comparing the
// outputs, the figures and validation_samples.jsonl, i.e. TinyDeploy's own share (target
// under 10 %). The validation overlaps most of that work with the device's (the next sample is
// sent before the finished one is written and reported), so the share is the part of
// TinyDeploy's work the device waits for.
//
// usage: bench_validate [--rounds N] [--templates DIR]

#include <deploy/deployment.h>
#include <deploy/devicestopper.h>
#include <deploy/samplekit.h>
#include <validate/validation.h>

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

using namespace TinyDeploy;

namespace {

const QString samples = QStringLiteral(TINYDEPLOY_SOURCE_DIR "/resources/samples");

template<typename Sender, typename Signal>
void waitFor(Sender *sender, Signal signal)
{
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    int rounds = 3;
    QString templates = QStringLiteral(TINYDEPLOY_BINARY_DIR "/firmware_templates");
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--rounds"))
            rounds = std::max(1, args.at(i + 1).toInt());
        else if (args.at(i) == QLatin1String("--templates"))
            templates = args.at(i + 1);
    }
    QTemporaryDir work;
    const QString model = samples + QStringLiteral("/digits_int8.tar");
    Deploy::DeploymentSettings settings;
    settings.modelPath = model;
    settings.templateDir = templates + QStringLiteral("/host");
    settings.projectDir = work.filePath(QStringLiteral("project"));
    settings.recordsRoot = work.filePath(QStringLiteral("records"));
    settings.lastStep = Deploy::DeploymentStep::Connect;
    settings.keepDeviceOpen = true;
    Deploy::Deployment deployment;
    deployment.setSettings(settings);
    if (Result<void> started = deployment.start(); !started) {
        std::fprintf(stderr, "%s\n", qPrintable(started.error().fullText()));
        return 1;
    }
    waitFor(&deployment, &Deploy::Deployment::finished);
    if (!deployment.runner() || !deployment.deviceInfo()) {
        std::fprintf(stderr,
                     "deployment failed: %s\n",
                     qPrintable(deployment.error() ? deployment.error()->fullText() : QString()));
        return 1;
    }
    const Deploy::SampleKit kit = Deploy::SampleKit::find(model);
    Result<Validate::DataSet> dataSet
        = Validate::DataSet::open(samples + QStringLiteral("/validation/int8"), kit.labels());
    if (!dataSet) {
        std::fprintf(stderr, "%s\n", qPrintable(dataSet.error().fullText()));
        return 1;
    }
    int status = 0;
    double worstShare = 0;
    for (int round = 1; round <= rounds; ++round) {
        Validate::Validation validation;
        Validate::ValidationSettings validationSettings;
        validationSettings.recordFolder = deployment.recordFolder();
        validation.setSettings(validationSettings);
        validation.setDataSet(*dataSet);
        validation.setSampleKit(kit);
        validation.setBoard(deployment.runner(), *deployment.deviceInfo());
        if (Result<void> started = validation.start(); !started) {
            std::fprintf(stderr, "%s\n", qPrintable(started.error().fullText()));
            return 1;
        }
        waitFor(&validation, &Validate::Validation::finished);
        if (validation.state() != Validate::ValidationState::Finished) {
            std::fprintf(stderr, "validation failed\n");
            status = 1;
            break;
        }
        const double wallS = double(validation.wallNs()) / 1e9;
        const double share = 100.0 * double(validation.wallNs() - validation.waitNs())
                             / double(validation.wallNs());
        worstShare = std::max(worstShare, share);
        std::printf("round %d: %lld samples in %.3f s: %.0f samples/s; waiting for the device "
                    "%.1f %%, TinyDeploy %.1f %% (%.1f us per sample); accuracy %.2f %%\n",
                    round,
                    qint64(validation.completed()),
                    wallS,
                    double(validation.completed()) / wallS,
                    100.0 - share,
                    share,
                    double(validation.wallNs() - validation.waitNs()) / 1e3
                        / double(validation.completed()),
                    validation.metrics().accuracy().value_or(0) * 100);
    }
    std::printf("TinyDeploy's share, worst round: %.1f %% (target under 10 %%): %s\n",
                worstShare,
                worstShare < 10 ? "met" : "NOT met");
    deployment.closeDevice();
    std::optional<Result<void>> stopped;
    QEventLoop loop;
    Deploy::stopProjectDevice(deployment.projectDir(), &loop, [&](Result<void> result) {
        stopped = result;
        loop.quit();
    });
    if (!stopped)
        loop.exec();
    return status;
}
