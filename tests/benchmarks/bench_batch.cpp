// bench_batch: many boards at once. The wall time of a batch of eight emulated boards
// (qemu-cortex-m, mps2-an385, the digits sample; built once, then flashed and checked
// --jobs at a time) against a batch of one board, and TinyDeploy's own CPU share (getrusage of
// this process over the wall time: the servers, compilers and QEMUs are other processes).
//
// Target: eight boards under 2.5 times one board on a 2-core machine. The figures vary with
// the machine's load; the build, done once, is in both times. One board, eight, and eight at
// twice the parallelism run one after the other, --rounds times (the load of the moment weighs
// on all three alike); the verdict is on the median ratio.
//
// usage: bench_batch [--boards 8] [--jobs K (default: cores)] [--rounds 3] [--templates DIR]
//                    [--model FILE]

#include <batch/batchdeployment.h>
#include <batch/boardmatcher.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <sys/resource.h>

#include <algorithm>

using namespace TinyDeploy;
using namespace TinyDeploy::Batch;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

struct Figures
{
    bool ok = false;
    int passed = 0;
    double wallS = 0;
    double buildS = 0; ///< Until the boards' phase began.
    double cpuS = 0;
};

Figures runBatch(const Deploy::DeploymentSettings &settings, int boards, int jobs)
{
    BatchDeployment batch;
    batch.setSettings(settings);
    batch.setTargets(emulatedTargets(boards));
    batch.setMaxParallel(jobs);
    Figures figures;
    QElapsedTimer timer;
    QEventLoop loop;
    QObject::connect(&batch, &BatchDeployment::finished, &loop, &QEventLoop::quit);
    QObject::connect(&batch, &BatchDeployment::stateChanged, &loop, [&](BatchState state) {
        if (state == BatchState::Deploying && figures.buildS == 0)
            figures.buildS = timer.elapsed() / 1000.0;
    });
    const double cpu0 = cpuSeconds();
    timer.start();
    if (Result<void> started = batch.start(); !started) {
        out() << "cannot start: " << started.error().oneLine() << Qt::endl;
        return figures;
    }
    loop.exec();
    figures.wallS = timer.elapsed() / 1000.0;
    figures.cpuS = cpuSeconds() - cpu0;
    const BatchSummary summary = batch.summary();
    figures.passed = summary.passed;
    figures.ok = summary.allPassed();
    for (const QString &reason : summary.reasons)
        out() << "  failed: " << reason << Qt::endl;
    return figures;
}

QString arg(const QStringList &args, const QString &name, const QString &fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

void print(const QString &name, const Figures &f)
{
    out() << QStringLiteral("%1: %2 s wall (build %3 s, boards %4 s), %5 passed, "
                            "TinyDeploy CPU %6 s = %7 % of wall")
                 .arg(name)
                 .arg(f.wallS, 0, 'f', 2)
                 .arg(f.buildS, 0, 'f', 2)
                 .arg(f.wallS - f.buildS, 0, 'f', 2)
                 .arg(f.passed)
                 .arg(f.cpuS, 0, 'f', 2)
                 .arg(100.0 * f.cpuS / std::max(0.001, f.wallS), 0, 'f', 1)
          << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    const int boards = arg(args, QStringLiteral("--boards"), QStringLiteral("8")).toInt();
    const int jobs
        = arg(args, QStringLiteral("--jobs"), QString::number(QThread::idealThreadCount())).toInt();
    const QString templates = arg(args,
                                  QStringLiteral("--templates"),
                                  QStringLiteral(TINYDEPLOY_BINARY_DIR "/firmware_templates"));
    QTemporaryDir records;
    Deploy::DeploymentSettings settings;
    settings.modelPath = arg(args,
                             QStringLiteral("--model"),
                             QStringLiteral(TINYDEPLOY_SOURCE_DIR
                                            "/resources/samples/digits_float32.tar"));
    settings.templateDir = templates + QStringLiteral("/qemu-cortex-m");
    settings.templateName = QStringLiteral("qemu-cortex-m");
    settings.optionValues = {{QStringLiteral("board"), QStringLiteral("mps2-an385")}};
    settings.recordsRoot = records.path();

    out() << QStringLiteral("bench_batch: %1 emulated boards, %2 at once, %3 cores")
                 .arg(boards)
                 .arg(jobs)
                 .arg(QThread::idealThreadCount())
          << Qt::endl;
    const int rounds = std::max(1,
                                arg(args, QStringLiteral("--rounds"), QStringLiteral("3")).toInt());
    QList<double> manyRatios;
    QList<double> wideRatios;
    for (int round = 1; round <= rounds; ++round) {
        out() << QStringLiteral("round %1 of %2").arg(round).arg(rounds) << Qt::endl;
        const Figures one = runBatch(settings, 1, jobs);
        print(QStringLiteral("1 board"), one);
        const Figures many = runBatch(settings, boards, jobs);
        print(QStringLiteral("%1 boards, %2 at once").arg(boards).arg(jobs), many);
        // Much of a board's time is waiting (servers and QEMU starting, the device stopping):
        // twice as many at once shows how much.
        const Figures wide = runBatch(settings, boards, 2 * jobs);
        print(QStringLiteral("%1 boards, %2 at once").arg(boards).arg(2 * jobs), wide);
        if (!one.ok || !many.ok || !wide.ok) {
            out() << "FAILED: a board did not pass" << Qt::endl;
            return 1;
        }
        const auto ratio = [&](const Figures &f, int atOnce) {
            const double value = f.wallS / one.wallS;
            out() << QStringLiteral("  ratio %1 boards (%2 at once) / 1 board: %3; boards' phase "
                                    "alone: %4; per board: %5 s")
                         .arg(boards)
                         .arg(atOnce)
                         .arg(value, 0, 'f', 2)
                         .arg((f.wallS - f.buildS) / std::max(0.001, one.wallS - one.buildS),
                              0,
                              'f',
                              2)
                         .arg((f.wallS - f.buildS) / boards, 0, 'f', 2)
                  << Qt::endl;
            return value;
        };
        manyRatios.append(ratio(many, jobs));
        wideRatios.append(ratio(wide, 2 * jobs));
    }
    const auto median = [](QList<double> values) {
        std::sort(values.begin(), values.end());
        const qsizetype n = values.size();
        return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
    };
    const auto range = [](const QList<double> &values) {
        const auto [low, high] = std::minmax_element(values.cbegin(), values.cend());
        return QStringLiteral("%1–%2").arg(*low, 0, 'f', 2).arg(*high, 0, 'f', 2);
    };
    const double many = median(manyRatios);
    out() << QStringLiteral("median ratio over %1 rounds: %2 at once %3 (%4), %5 at once %6 (%7); "
                            "target < 2.5")
                 .arg(rounds)
                 .arg(jobs)
                 .arg(many, 0, 'f', 2)
                 .arg(range(manyRatios))
                 .arg(2 * jobs)
                 .arg(median(wideRatios), 0, 'f', 2)
                 .arg(range(wideRatios))
          << Qt::endl;
    out() << (many < 2.5 ? "verdict (default parallelism): within target"
                         : "verdict (default parallelism): over target")
          << Qt::endl;
    return 0;
}
