// bench_deploy: the time of each step of a deployment of the digits sample to an emulated board
// (generate, build, flash, first result) and TinyDeploy's own overhead over the tools it runs.
//
// Two measurements in the same run:
// 1. A Deployment, as `tinydeploy-cli deploy` runs it. For generate, build and flash each step
//    reports its wall time and the time spent waiting for the server's replies; the rest
//    (staging the archive, starting servers, option conversion, records, logs) is TinyDeploy's
//    own overhead. Target: under 5 % of the three steps' wall time.
// 2. Baseline: the same server requests sent with a bare ProjectApiClient (no staging, no
//    records, no option checks), timed per step; the ratio deployment / baseline is printed.
//    Builds on a shared machine vary by a few percent between runs, so this ratio is context;
//    the verdict uses measurement 1, which compares within the same step.
//
// usage: bench_deploy [--board mps2-an385] [--model FILE] [--templates DIR]

#include <deploy/deployment.h>
#include <deploy/devicestopper.h>
#include <projectapi/methods.h>
#include <projectapi/optionvalues.h>
#include <projectapi/projectapiclient.h>
#include <templates/templatecatalog.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <functional>
#include <optional>

using namespace TinyDeploy;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

template<typename T>
Result<T> await(const std::function<void(std::function<void(Result<T>)>)> &start)
{
    std::optional<Result<T>> outcome;
    QEventLoop loop;
    start([&](Result<T> result) {
        outcome = std::move(result);
        loop.quit();
    });
    if (!outcome)
        loop.exec();
    return std::move(*outcome);
}

void stopDevice(const QString &project)
{
    std::optional<Result<void>> stopped;
    QEventLoop loop;
    Deploy::stopProjectDevice(project, &loop, [&](Result<void> result) {
        stopped = result;
        loop.quit();
    });
    if (!stopped)
        loop.exec();
}

struct BaselineTimes
{
    double generateMs = 0;
    double buildMs = 0;
    double flashMs = 0;
};

// The server requests of generate, build and flash with nothing around them.
Result<BaselineTimes> baseline(const QString &templateDir,
                               const QString &model,
                               const QString &board,
                               const QString &projectDir)
{
    BaselineTimes times;
    QElapsedTimer timer;
    ProjectApi::ProjectApiClient templ;
    timer.start();
    if (Result<void> started = templ.start(templateDir); !started)
        return fail(started.error());
    Result<ProjectApi::ServerInfo> info = await<ProjectApi::ServerInfo>(
        [&](auto done) { templ.serverInfoQuery(QString(Templates::ClientTvmVersion), done); });
    if (!info)
        return fail(info.error());
    ProjectApi::OptionValues values(info->projectOptions);
    if (Result<void> set = values.setText(QStringLiteral("board"), board); !set)
        return fail(set.error());
    const QJsonObject options = values.fullSet();
    // Our templates read tar archives (compressed or not); the sample is uncompressed.
    if (Result<void> generated = await<void>(
            [&](auto done) { templ.generateProject(model, QString(), projectDir, options, done); });
        !generated)
        return fail(generated.error());
    templ.stop();
    ProjectApi::ProjectApiClient project;
    if (Result<void> started = project.start(projectDir); !started)
        return fail(started.error());
    info = await<ProjectApi::ServerInfo>(
        [&](auto done) { project.serverInfoQuery(QString(Templates::ClientTvmVersion), done); });
    if (!info)
        return fail(info.error());
    times.generateMs = timer.nsecsElapsed() / 1e6;

    timer.restart();
    if (Result<QJsonValue> built = await<QJsonValue>(
            [&](auto done) { project.build(options, done); });
        !built)
        return fail(built.error());
    times.buildMs = timer.nsecsElapsed() / 1e6;

    timer.restart();
    Result<QJsonValue> flashed = await<QJsonValue>([&](auto done) { project.flash(options, done); });
    if (!flashed)
        return fail(flashed.error());
    times.flashMs = timer.nsecsElapsed() / 1e6;
    project.stop();
    return times;
}

QString arg(const QStringList &args, const QString &name, const QString &fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    const QString board = arg(args, QStringLiteral("--board"), QStringLiteral("mps2-an385"));
    const QString model = arg(args,
                              QStringLiteral("--model"),
                              QStringLiteral(TINYDEPLOY_SOURCE_DIR
                                             "/resources/samples/digits_float32.tar"));
    const QString templates = arg(args,
                                  QStringLiteral("--templates"),
                                  QStringLiteral(TINYDEPLOY_BINARY_DIR "/firmware_templates"));
    const QString templateDir = templates + QStringLiteral("/qemu-cortex-m");
    QTemporaryDir work;
    if (!work.isValid()) {
        std::fprintf(stderr, "bench_deploy: cannot create a temporary folder\n");
        return 1;
    }

    // 1. The deployment.
    Deploy::Deployment deployment;
    Deploy::DeploymentSettings settings;
    settings.modelPath = model;
    settings.templateDir = templateDir;
    settings.optionAssignments = {QStringLiteral("board=") + board};
    settings.recordsRoot = work.filePath(QStringLiteral("records"));
    deployment.setSettings(settings);
    QElapsedTimer total;
    QElapsedTimer connectTimer;
    std::optional<qint64> firstResultMs;
    QObject::connect(&deployment,
                     &Deploy::Deployment::stepStarted,
                     &deployment,
                     [&](Deploy::DeploymentStep step) {
                         if (step == Deploy::DeploymentStep::Connect)
                             connectTimer.start();
                     });
    QObject::connect(&deployment,
                     &Deploy::Deployment::runResultReady,
                     &deployment,
                     [&](const Deploy::RunResult &) {
                         if (!firstResultMs)
                             firstResultMs = connectTimer.elapsed();
                     });
    QEventLoop loop;
    QObject::connect(&deployment, &Deploy::Deployment::finished, &loop, &QEventLoop::quit);
    total.start();
    if (Result<void> started = deployment.start(); !started) {
        std::fprintf(stderr, "bench_deploy: %s\n", qPrintable(started.error().fullText()));
        return 1;
    }
    loop.exec();
    const double totalMs = total.nsecsElapsed() / 1e6;
    stopDevice(deployment.projectDir());
    if (deployment.state() != Deploy::DeploymentState::Finished) {
        std::fprintf(stderr,
                     "bench_deploy: the deployment failed: %s\n",
                     qPrintable(deployment.error() ? deployment.error()->fullText() : QString()));
        return 1;
    }

    out() << "bench_deploy: " << QFileInfo(model).fileName() << " on " << board << '\n';
    qint64 toolWall = 0;
    qint64 toolServer = 0;
    for (const Deploy::StepRecord &step : deployment.stepRecords()) {
        out() << "step " << Deploy::stepName(step.step) << ": " << step.wallMs << " ms wall";
        if (step.step <= Deploy::DeploymentStep::Flash) {
            out() << ", " << step.serverMs << " ms in the server, " << (step.wallMs - step.serverMs)
                  << " ms TinyDeploy";
            toolWall += step.wallMs;
            toolServer += step.serverMs;
        }
        out() << '\n';
    }
    out() << "first result after flash: " << firstResultMs.value_or(-1)
          << " ms (connect + first inference)\n";
    out() << "deploy total: " << qint64(totalMs) << " ms\n";
    const double overhead = toolWall > 0 ? 100.0 * double(toolWall - toolServer) / toolWall : 0;
    out() << "TinyDeploy overhead over generate+build+flash: " << (toolWall - toolServer)
          << " ms of " << toolWall << " ms = " << QString::number(overhead, 'f', 2) << " %"
          << " (target < 5 %) " << (overhead < 5.0 ? "PASS" : "FAIL") << '\n';
    out().flush();

    // 2. The baseline, same requests without TinyDeploy's pipeline around them.
    const QString baselineProject = work.filePath(QStringLiteral("baseline-project"));
    const Result<BaselineTimes> base = baseline(templateDir, model, board, baselineProject);
    stopDevice(baselineProject);
    if (!base) {
        std::fprintf(stderr,
                     "bench_deploy: baseline failed: %s\n",
                     qPrintable(base.error().fullText()));
        return 1;
    }
    const auto ratio = [](double ours, double theirs) {
        return theirs > 0 ? QString::number(ours / theirs, 'f', 3) : QStringLiteral("n/a");
    };
    const auto &steps = deployment.stepRecords();
    out() << "baseline generate: " << qint64(base->generateMs) << " ms, deployment/baseline "
          << ratio(steps.at(0).wallMs, base->generateMs) << '\n';
    out() << "baseline build: " << qint64(base->buildMs) << " ms, deployment/baseline "
          << ratio(steps.at(1).wallMs, base->buildMs) << '\n';
    out() << "baseline flash: " << qint64(base->flashMs) << " ms, deployment/baseline "
          << ratio(steps.at(2).wallMs, base->flashMs) << '\n';
    const double baseTotal = base->generateMs + base->buildMs + base->flashMs;
    out() << "generate+build+flash deployment/baseline: " << ratio(toolWall, baseTotal)
          << " (build time varies between runs on a shared machine)\n";
    out().flush();
    return overhead < 5.0 ? 0 : 2;
}
