// Benchmark of the device link against fake_device (the C host runner with a fake model) on a
// real pty, through SerialPortLink and DeviceSession as the app uses them. Prints one figure
// per line:
//   - PING round trips on the bare link (baseline), inference round trips per second (hello
//     once, then runInference with a 16-byte input and 1 run), median and p99 latency, and the
//     inference/PING latency ratio;
//   - for one 64 KiB input (fake_device_large): link efficiency (tensor bytes / bytes on the
//     wire) host->device and both directions, target >= 95 %, and upload throughput.
// Usage: bench_device [--round-trips N]   (default 1000)
#include <device/devicesession.h>
#include <device/framecodec.h>
#include <device/serialportlink.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace TinyDeploy;
using namespace TinyDeploy::Device;

namespace {

struct Runner
{
    QTemporaryDir dir;
    QProcess process;
    std::unique_ptr<SerialPortLink> link;

    ~Runner()
    {
        link.reset();
        process.terminate();
        process.waitForFinished(5000);
    }

    bool start(const char *executable)
    {
        const QString pathFile = dir.filePath(QStringLiteral("pty"));
        process.start(QStringLiteral(TINYDEPLOY_BINARY_DIR "/tests/fakes/")
                          + QLatin1String(executable),
                      {QStringLiteral("--pty"), pathFile});
        // The runner prints the slave path once the pty is ready.
        if (!process.waitForReadyRead(10000))
            return false;
        const QString slave = QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed();
        link = std::make_unique<SerialPortLink>(slave);
        const auto opened = link->open();
        if (!opened)
            std::fprintf(stderr, "%s\n", qPrintable(opened.error().fullText()));
        return bool(opened);
    }
};

/// Waits for @p signal of @p sender (a benchmark tool, not library code: a local loop is fine).
template<typename Sender, typename Signal>
bool waitFor(Sender *sender, Signal signal, int timeoutMs = 30000)
{
    QEventLoop loop;
    bool fired = false;
    QObject::connect(sender, signal, &loop, [&] {
        fired = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return fired;
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto index = qsizetype(p * double(values.size() - 1) + 0.5);
    return values.at(qBound<qsizetype>(0, index, values.size() - 1));
}

double pingBaseline(SerialPortLink *link, int count, QList<double> *latencies)
{
    FrameCodec codec;
    QElapsedTimer total;
    total.start();
    for (int i = 0; i < count; ++i) {
        QElapsedTimer one;
        one.start();
        (void) link->write(
            FrameCodec::encode(MessageType::Ping, quint16(i + 1), "0123456789abcdef"));
        bool answered = false;
        while (!answered) {
            if (!waitFor(link, &SerialLink::readyRead, 5000))
                return -1;
            for (const Frame &frame : codec.feed(link->readAll()))
                answered = answered || frame.messageType() == MessageType::Pong;
        }
        latencies->append(double(one.nsecsElapsed()) / 1e6);
    }
    return double(count) / (double(total.nsecsElapsed()) / 1e9);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int roundTrips = 1000;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--round-trips"));
        i > 0 && i + 1 < args.size())
        roundTrips = qMax(1, args.at(i + 1).toInt());
    bool allPass = true;

    // Round trips on the small model.
    {
        Runner runner;
        if (!runner.start("fake_device")) {
            std::fprintf(stderr, "could not start fake_device on a pty\n");
            return 2;
        }
        QList<double> pingLatencies;
        const double pingRate = pingBaseline(runner.link.get(), roundTrips, &pingLatencies);
        if (pingRate < 0) {
            std::fprintf(stderr, "PING baseline failed\n");
            return 2;
        }
        DeviceSession session(runner.link.get());
        session.hello();
        if (!waitFor(&session, &DeviceSession::helloFinished) || !session.deviceInfo()) {
            std::fprintf(stderr, "hello failed\n");
            return 2;
        }
        QByteArray input(16, '\0');
        QList<double> latencies;
        bool failed = false;
        QObject::connect(&session, &DeviceSession::inferenceFinished, &app, [&](const auto &r) {
            failed = failed || !r;
            if (!r)
                std::fprintf(stderr, "%s\n", qPrintable(r.error().fullText()));
        });
        QElapsedTimer total;
        total.start();
        for (int i = 0; i < roundTrips && !failed; ++i) {
            QElapsedTimer one;
            one.start();
            input[4] = char(i);
            session.runInference({input}, 1);
            if (!waitFor(&session, &DeviceSession::inferenceFinished))
                failed = true;
            latencies.append(double(one.nsecsElapsed()) / 1e6);
        }
        if (failed) {
            std::fprintf(stderr, "inference round trips failed\n");
            return 1;
        }
        const double rate = double(roundTrips) / (double(total.nsecsElapsed()) / 1e9);
        const double median = percentile(latencies, 0.5);
        const double pingMedian = percentile(pingLatencies, 0.5);
        const bool ratePass = rate >= 100;
        allPass = allPass && ratePass;
        std::printf("ping_round_trips_per_second: %.0f 1/s (baseline, bare link)\n", pingRate);
        std::printf("ping_latency_median: %.3f ms\n", pingMedian);
        std::printf(
            "inference_round_trips_per_second: %.0f 1/s (%d round trips, target >= 100) %s\n",
            rate,
            roundTrips,
            ratePass ? "PASS" : "FAIL");
        std::printf("inference_latency_median: %.3f ms\n", median);
        std::printf("inference_latency_p99: %.3f ms\n", percentile(latencies, 0.99));
        std::printf("inference_to_ping_latency_ratio: %.2f x\n", median / pingMedian);
    }

    // Link efficiency and upload throughput with a 64 KiB input.
    {
        Runner runner;
        if (!runner.start("fake_device_large")) {
            std::fprintf(stderr, "could not start fake_device_large on a pty\n");
            return 2;
        }
        DeviceSession session(runner.link.get());
        session.hello();
        if (!waitFor(&session, &DeviceSession::helloFinished) || !session.deviceInfo())
            return 2;
        const LinkCounters before = session.counters();
        QByteArray input(65536, '\x01');
        QElapsedTimer timer;
        qint64 uploadNs = 0;
        QObject::connect(&session,
                         &DeviceSession::uploadProgress,
                         &app,
                         [&](qint64 done, qint64 total) {
                             if (done == total)
                                 uploadNs = timer.nsecsElapsed();
                         });
        bool ok = false;
        QObject::connect(&session, &DeviceSession::inferenceFinished, &app, [&](const auto &r) {
            ok = bool(r);
        });
        timer.start();
        session.runInference({input}, 1);
        if (!waitFor(&session, &DeviceSession::inferenceFinished) || !ok) {
            std::fprintf(stderr, "64 KiB inference failed\n");
            return 1;
        }
        const LinkCounters after = session.counters();
        const double sent = double(after.bytesSent - before.bytesSent);
        const double received = double(after.bytesReceived - before.bytesReceived);
        const double useful = 65536.0 + 4.0; // the input and the 4-byte output
        const double h2d = 65536.0 / sent * 100.0;
        const double both = useful / (sent + received) * 100.0;
        const bool effPass = h2d >= 95.0 && both >= 95.0;
        allPass = allPass && effPass;
        std::printf(
            "link_efficiency_host_to_device_64KiB: %.2f %% (%.0f wire bytes, target >= 95 %%) %s\n",
            h2d,
            sent,
            h2d >= 95.0 ? "PASS" : "FAIL");
        std::printf("link_efficiency_both_directions_64KiB: %.2f %% (%.0f wire bytes, target >= 95 "
                    "%%) %s\n",
                    both,
                    sent + received,
                    both >= 95.0 ? "PASS" : "FAIL");
        std::printf("upload_throughput_64KiB: %.2f MiB/s (%.3f ms)\n",
                    65536.0 / (1024.0 * 1024.0) / (double(uploadNs) / 1e9),
                    double(uploadNs) / 1e6);
    }
    return allPass ? 0 : 1;
}
