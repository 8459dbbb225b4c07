// Streams N lines (default 1,000,000 of about 100 bytes: 100 MB) from a child process through
// a pipe, as fast as the child can write, into a LogModel + LogView shown offscreen. A 5 ms
// timer measures the event loop's longest stall (target <= 50 ms); the process's peak RSS
// (target < 150 MB) and the total ingest time are printed too.
//
// With --record the lines take the application's path instead: a DeploymentRecord writes each
// to the step's log (flushed per line, rotated at 16 MiB) and the model follows that log
// (followRecordLogs(), told by refreshLater()), as the wizard's Build page does.
//
// Usage: bench_logview [--lines N] [--record]
//        bench_logview --writer N      (the child: writes N lines to stdout)
#include <logmodel.h>
#include <logview.h>

#include <deploy/deploymentrecord.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QListView>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <sys/resource.h>
#include <unistd.h>

using TinyDeploy::Gui::LogModel;
using TinyDeploy::Gui::LogView;

namespace {

int writer(qint64 lines)
{
    // ~100 bytes a line, like a verbose compiler: some errors and warnings to colour.
    static char buffer[1 << 16];
    size_t used = 0;
    for (qint64 i = 0; i < lines; ++i) {
        const char *kind = i % 1000 == 0 ? "error" : (i % 100 == 0 ? "warning" : "note");
        char line[160];
        const int n = std::snprintf(line,
                                    sizeof line,
                                    "[%3lld%%] src/model/operator_%06lld.c:%lld:12: %s: the quick "
                                    "brown fox jumps over\n",
                                    i * 100 / lines,
                                    i % 1000000,
                                    i % 997,
                                    kind);
        if (used + size_t(n) > sizeof buffer) {
            if (::write(STDOUT_FILENO, buffer, used) != ssize_t(used))
                return 1;
            used = 0;
        }
        std::memcpy(buffer + used, line, size_t(n));
        used += size_t(n);
    }
    if (used && ::write(STDOUT_FILENO, buffer, used) != ssize_t(used))
        return 1;
    return 0;
}

// CPU time of this thread: a gap with little CPU in it was the scheduler's, not ours.
qint64 threadCpuUs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000 + ts.tv_nsec / 1000;
}

long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc == 3 && std::strcmp(argv[1], "--writer") == 0)
        return writer(std::atoll(argv[2]));

    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    qint64 lines = 1000000;
    const QStringList args = app.arguments();
    const qsizetype at = args.indexOf(QStringLiteral("--lines"));
    if (at >= 0 && at + 1 < args.size())
        lines = std::max<qint64>(1, args[at + 1].toLongLong());

    const bool viaRecord = args.contains(QStringLiteral("--record"));

    QTemporaryDir dir;
    LogModel *model = new LogModel;
    TinyDeploy::Deploy::DeploymentRecord record;
    constexpr auto step = TinyDeploy::Deploy::DeploymentStep::Build;
    if (viaRecord) {
        if (!record.create(dir.path(), QStringLiteral("bench"), QDateTime::currentDateTimeUtc())) {
            std::fprintf(stderr, "cannot create the record folder\n");
            return 2;
        }
        model->followRecordLogs({record.logPath(step)});
    } else if (!model->openFile(dir.filePath(QStringLiteral("bench.log")))) {
        std::fprintf(stderr, "cannot create the log file\n");
        return 2;
    }
    LogView view(model);
    model->setParent(&view);
    view.resize(900, 600);
    view.show();

    // The stall meter: a 5 ms timer; any gap much longer means the loop was held.
    QElapsedTimer sinceTick;
    qint64 maxGapMs = 0;
    qint64 maxGapCpuMs = 0; // CPU time spent inside the longest gap
    qint64 maxCpuGapMs = 0; // the most CPU time spent between two ticks
    qint64 lastCpuUs = threadCpuUs();
    QTimer meter;
    meter.setTimerType(Qt::PreciseTimer);
    meter.setInterval(5);
    QObject::connect(&meter, &QTimer::timeout, &app, [&] {
        const qint64 gap = sinceTick.restart();
        const qint64 cpuUs = threadCpuUs();
        const qint64 cpuMs = (cpuUs - lastCpuUs) / 1000;
        lastCpuUs = cpuUs;
        if (gap > maxGapMs) {
            maxGapMs = gap;
            maxGapCpuMs = cpuMs;
        }
        maxCpuGapMs = std::max(maxCpuGapMs, cpuMs);
    });

    QProcess child;
    QByteArray partial;
    qint64 received = 0;
    QElapsedTimer total;
    QObject::connect(&child, &QProcess::readyReadStandardOutput, &app, [&] {
        QByteArray bytes = child.readAllStandardOutput();
        if (!partial.isEmpty()) {
            bytes.prepend(partial);
            partial.clear();
        }
        qsizetype start = 0;
        for (;;) {
            const qsizetype nl = bytes.indexOf('\n', start);
            if (nl < 0)
                break;
            const QString text = QString::fromUtf8(bytes.constData() + start, nl - start);
            if (viaRecord) {
                (void) record.appendLog(step,
                                        QDateTime::currentDateTimeUtc(),
                                        TinyDeploy::Deploy::LogStream::Stdout,
                                        text);
                model->refreshLater();
            } else {
                model->appendLine(text);
            }
            ++received;
            start = nl + 1;
        }
        partial = bytes.mid(start);
    });
    bool childOk = true;
    QObject::connect(&child, &QProcess::finished, &app, [&](int code, QProcess::ExitStatus status) {
        childOk = status == QProcess::NormalExit && code == 0;
        // Rows appear at the next commit; quit once they are all in.
        auto *waitRows = new QTimer(&app);
        QObject::connect(waitRows, &QTimer::timeout, &app, [&, waitRows] {
            if (model->rowCount() >= received) {
                waitRows->stop();
                app.quit();
            }
        });
        waitRows->start(1);
    });

    // First 2 s with no work: the stalls the machine itself causes (a loaded machine
    // deschedules us), printed as the baseline of the figure that matters.
    qint64 idleMaxGapMs = 0;
    QTimer::singleShot(0, &app, [&] {
        sinceTick.start();
        meter.start();
    });
    QTimer::singleShot(2000, &app, [&] {
        idleMaxGapMs = maxGapMs;
        maxGapMs = 0;
        maxGapCpuMs = 0;
        maxCpuGapMs = 0;
        total.start();
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--writer"), QString::number(lines)});
    });
    app.exec();
    const qint64 ingestMs = total.elapsed();

    const double rssMb = peakRssKb() / 1024.0;
    const bool stallOk = maxGapMs <= 50;
    const bool rssOk = rssMb < 150.0;
    const bool complete = childOk && model->rowCount() == lines;
    std::printf("lines: %lld received, %d rows in the model\n", received, model->rowCount());
    std::printf("ingest time: %lld ms (%.0f lines/s)\n",
                ingestMs,
                ingestMs > 0 ? received * 1000.0 / ingestMs : 0.0);
    std::printf("longest event-loop stall: %lld ms (target <= 50 ms) %s\n",
                maxGapMs,
                stallOk ? "PASS" : "FAIL");
    std::printf("  CPU time of this thread inside that stall: %lld ms; most CPU time between two "
                "ticks: %lld ms (the rest of a stall is time the scheduler gave to other "
                "processes)\n",
                maxGapCpuMs,
                maxCpuGapMs);
    std::printf("longest stall with no work (machine baseline, 2 s): %lld ms\n", idleMaxGapMs);
    std::printf("peak RSS: %.1f MB (target < 150 MB) %s\n", rssMb, rssOk ? "PASS" : "FAIL");
    std::printf("%s\n", stallOk && rssOk && complete ? "PASS" : "FAIL");
    return complete ? 0 : 1;
}
