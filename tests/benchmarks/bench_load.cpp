// bench_load: load from one process. N deployments at once (core Deployment objects, the
// digits float32 sample, the host template: N servers, builds and host runners), then R
// consecutive runs (runAgain, one input, 1 run each) on the first device. Prints wall times,
// runs per second, resident memory (after warm-up and at the end), open file descriptors and
// processes before and after; tst_load asserts the no-leak properties on the same counts.
//
// --keep K limits the results the deployment keeps (Deployment::setResultLimits; default its
// own, 1,000): until the limit is reached memory grows by what the kept results hold.
//
// usage: bench_load [--deployments N] [--runs R] [--warm-up W] [--keep K] [--templates DIR]

#include "integration/load/resourceprobe.h"

#include <deploy/deployment.h>
#include <deploy/devicestopper.h>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <vector>

using namespace TinyDeploy;
using namespace TinyDeploy::Deploy;

namespace {

const QString samples = QStringLiteral(TINYDEPLOY_SOURCE_DIR "/resources/samples");

/// Runs the event loop until @p done, or for @p deadlineMs at most; whether it is done.
bool spin(const std::function<bool()> &done, int deadlineMs = 900000)
{
    QEventLoop loop;
    QTimer poll;
    const QDeadlineTimer deadline(deadlineMs);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || deadline.hasExpired())
            loop.quit();
    });
    poll.start(5);
    if (!done())
        loop.exec();
    return done();
}

void printResources(const char *when, const QString &folder)
{
    std::printf("  %-28s RSS %7lld KiB, %3d fds, %2d children, %2d processes of the projects\n",
                when,
                ResourceProbe::residentKiB(),
                ResourceProbe::openFdCount(),
                int(ResourceProbe::children().size()),
                int(ResourceProbe::mentioning(folder).size()));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    int count = 8;
    int runs = 1000;
    int warmUp = 50;
    int keep = int(Deployment::DefaultMaxResults);
    QString templates = QStringLiteral(TINYDEPLOY_BINARY_DIR "/firmware_templates");
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--deployments"))
            count = std::max(1, args.at(i + 1).toInt());
        else if (args.at(i) == QLatin1String("--runs"))
            runs = std::max(1, args.at(i + 1).toInt());
        else if (args.at(i) == QLatin1String("--warm-up"))
            warmUp = std::max(0, args.at(i + 1).toInt());
        else if (args.at(i) == QLatin1String("--keep"))
            keep = std::max(1, args.at(i + 1).toInt());
        else if (args.at(i) == QLatin1String("--templates"))
            templates = args.at(i + 1);
    }
    QTemporaryDir work;
    std::printf("bench_load: %d deployments of digits_float32 to host devices at once, then %d "
                "runs on one device\n",
                count,
                runs);
    printResources("before:", work.path());

    std::vector<std::unique_ptr<Deployment>> deployments;
    QElapsedTimer wall;
    wall.start();
    for (int i = 0; i < count; ++i) {
        DeploymentSettings settings;
        settings.modelPath = samples + QStringLiteral("/digits_float32.tar");
        settings.templateDir = templates + QStringLiteral("/host");
        settings.recordsRoot = work.filePath(QStringLiteral("records"));
        settings.projectDir = work.filePath(QStringLiteral("project-%1").arg(i));
        settings.runs = 2;
        settings.keepDeviceOpen = i == 0;
        auto deployment = std::make_unique<Deployment>();
        deployment->setSettings(settings);
        if (const Result<void> started = deployment->start(); !started) {
            std::fprintf(stderr, "%s\n", qPrintable(started.error().fullText()));
            return 1;
        }
        deployments.push_back(std::move(deployment));
    }
    spin([&] {
        for (const auto &deployment : deployments) {
            if (deployment->isActive() || deployment->state() == DeploymentState::Idle)
                return false;
        }
        return true;
    });
    const double deployS = double(wall.elapsed()) / 1000.0;
    int ok = 0;
    for (const auto &deployment : deployments) {
        if (deployment->state() == DeploymentState::Finished)
            ++ok;
        else if (deployment->error())
            std::fprintf(stderr, "%s\n", qPrintable(deployment->error()->oneLine()));
    }
    std::printf("  %d of %d deployments finished in %.1f s (wall, all at once)\n",
                ok,
                count,
                deployS);
    printResources("after the deployments:", work.path());

    Deployment &first = *deployments.front();
    int failed = 0;
    if (first.state() == DeploymentState::Finished) {
        const QList<InputSet> input{first.results().first().input};
        first.setResultLimits(keep);
        const auto runOnce = [&] {
            if (!first.runAgain(input, 1)) {
                ++failed;
                return;
            }
            spin([&] { return !first.isActive(); }, 60000);
            if (first.state() != DeploymentState::Finished)
                ++failed;
        };
        for (int i = 0; i < warmUp; ++i)
            runOnce();
        printResources("after the warm-up runs:", work.path());
        const qint64 rssBefore = ResourceProbe::residentKiB();
        wall.restart();
        for (int i = 0; i < runs; ++i)
            runOnce();
        const double runS = double(wall.elapsed()) / 1000.0;
        const qint64 rssAfter = ResourceProbe::residentKiB();
        std::printf("  %d runs in %.1f s: %.0f runs/s (runAgain: record, results, device), %d "
                    "failed\n",
                    runs,
                    runS,
                    double(runs) / runS,
                    failed);
        std::printf("  RSS %lld KiB after warm-up, %lld KiB at the end (%+.1f %%), %d results "
                    "kept (limit %d)\n",
                    rssBefore,
                    rssAfter,
                    100.0 * double(rssAfter - rssBefore) / double(rssBefore),
                    int(first.results().size()),
                    keep);
        printResources("after the runs:", work.path());
    }

    deployments.clear();
    int stopped = 0;
    QObject context;
    QStringList projects;
    for (int i = 0; i < count; ++i)
        projects.append(work.filePath(QStringLiteral("project-%1").arg(i)));
    for (const QString &project : std::as_const(projects))
        stopProjectDevice(project, &context, [&](Result<void>) { ++stopped; });
    spin([&] { return stopped == int(projects.size()); }, 60000);
    if (!spin([&] { return ResourceProbe::mentioning(work.path()).isEmpty(); }, 60000))
        std::printf("  left running: %s\n",
                    qPrintable(ResourceProbe::mentioning(work.path()).join(QStringLiteral("; "))));
    printResources("after stopping the devices:", work.path());
    return ok == count && failed == 0 ? 0 : 1;
}
