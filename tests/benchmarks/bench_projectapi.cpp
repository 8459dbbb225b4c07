// bench_projectapi: Project API client figures, printed one per line with their unit.
//
//   bench_projectapi [--template DIR] [--calls N] [--transport-bytes N] [--base85-mb N]
//
// Against DIR's own server (any language; default: tests/fakes/fake_project_api_server.py in
// "precomputed" mode, which answers server_info_query from a prebuilt string and echoes the
// transport): median and p99 round trip of server_info_query; the same over a raw pipe round
// trip (ServerProcess only, no JSON work) as the baseline; client-side overhead per call
// (building the request + parsing the reply + typed ServerInfo, in process, and as the
// difference of the two medians); transport write and read throughput in 4 KiB chunks; Base85
// encode and decode throughput. PASS/FAIL against the targets: overhead < 50 us,
// Base85 > 500 MB/s.

#include <projectapi/base85.h>
#include <projectapi/jsonrpc.h>
#include <projectapi/projectapiclient.h>
#include <projectapi/serverprocess.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace TinyDeploy;
using namespace TinyDeploy::ProjectApi;

namespace {

struct Stats
{
    double median = 0;
    double p99 = 0;
};

Stats stats(std::vector<double> values)
{
    if (values.empty())
        return {};
    std::sort(values.begin(), values.end());
    return {values[values.size() / 2],
            values[std::min(values.size() - 1, size_t(double(values.size()) * 0.99))]};
}

void print(const char *name, double value, const char *unit, const char *verdict = nullptr)
{
    if (verdict)
        std::printf("%s: %.2f %s %s\n", name, value, unit, verdict);
    else
        std::printf("%s: %.2f %s\n", name, value, unit);
    std::fflush(stdout);
}

/// Runs the event loop until @p done is true (benchmark code, not library code).
bool runUntil(const std::function<bool()> &done, int timeoutMs = 600000)
{
    QEventLoop loop;
    QTimer poll;
    QElapsedTimer timer;
    timer.start();
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || timer.elapsed() > timeoutMs)
            loop.quit();
    });
    poll.start(0);
    loop.exec();
    return done();
}

std::vector<double> clientRoundTrips(ProjectApiClient &client, int calls, QString *error)
{
    std::vector<double> micros;
    micros.reserve(size_t(calls));
    QElapsedTimer timer;
    int remaining = calls;
    bool failed = false;
    std::function<void()> next = [&] {
        timer.start();
        client.serverInfoQuery(QStringLiteral("0.18.0"), [&](Result<ServerInfo> info) {
            micros.push_back(double(timer.nsecsElapsed()) / 1000.0);
            if (!info) {
                *error = info.error().oneLine();
                failed = true;
                return;
            }
            if (--remaining > 0)
                next();
        });
    };
    next();
    runUntil([&] { return failed || remaining == 0; });
    return failed ? std::vector<double>{} : micros;
}

std::vector<double> rawRoundTrips(const QString &dir, const QProcessEnvironment &env, int calls)
{
    ServerProcess process;
    process.setProcessEnvironment(env);
    if (!process.start(dir))
        return {};
    std::vector<double> micros;
    QElapsedTimer timer;
    int sent = 0;
    const auto send = [&] {
        ++sent;
        timer.start();
        process.send(
            JsonRpc::buildRequest(sent,
                                  u"server_info_query",
                                  {{QStringLiteral("tvm_version"), QStringLiteral("0.18.0")}}));
    };
    QObject::connect(&process, &ServerProcess::replyLine, &process, [&](const QByteArray &) {
        micros.push_back(double(timer.nsecsElapsed()) / 1000.0);
        if (sent < calls + 10)
            send();
    });
    send();
    runUntil([&] { return int(micros.size()) >= calls + 10 || !process.isRunning(); });
    process.stop();
    runUntil([&] { return !process.isRunning(); }, 10000);
    if (micros.size() > 10)
        micros.erase(micros.begin(), micros.begin() + 10); // warm-up
    return micros;
}

double inProcessOverheadMicros(const QByteArray &replyLine)
{
    constexpr int Rounds = 20000;
    std::vector<double> micros;
    micros.reserve(Rounds);
    const QJsonObject params{{QStringLiteral("tvm_version"), QStringLiteral("0.18.0")}};
    qsizetype sink = 0;
    QElapsedTimer timer;
    for (int i = 0; i < Rounds; ++i) {
        timer.start();
        const QByteArray request = JsonRpc::buildRequest(1, u"server_info_query", params);
        auto reply = JsonRpc::parseReply(replyLine, 1, QStringLiteral("server_info_query"));
        auto info = reply ? ServerInfo::fromJson(*reply) : Result<ServerInfo>(fail(reply.error()));
        sink += request.size() + (info ? info->projectOptions.size() : 0);
        micros.push_back(double(timer.nsecsElapsed()) / 1000.0);
    }
    if (sink == 0)
        std::printf("(no options parsed)\n");
    return stats(micros).median;
}

void transport(ProjectApiClient &client, qint64 totalBytes)
{
    constexpr qint64 Chunk = 4096;
    std::optional<Result<TransportTimeouts>> opened;
    client.openTransport({}, [&](Result<TransportTimeouts> r) { opened = std::move(r); });
    runUntil([&] { return opened.has_value(); });
    if (!*opened) {
        std::printf("transport throughput: not supported by this template (%s)\n",
                    qPrintable((*opened).error().oneLine()));
        return;
    }
    QByteArray payload(totalBytes, Qt::Uninitialized);
    for (qint64 i = 0; i < totalBytes; ++i)
        payload[i] = char((i * 131) ^ (i >> 9));

    QElapsedTimer timer;
    timer.start();
    qint64 written = 0;
    QString error;
    for (qint64 offset = 0; offset < totalBytes; offset += Chunk) {
        const QByteArray piece = payload.mid(offset, Chunk);
        client.writeTransport(piece, 10.0, [&, size = piece.size()](Result<void> r) {
            if (!r)
                error = r.error().oneLine();
            written += size;
        });
    }
    runUntil([&] { return written >= totalBytes || !error.isEmpty(); });
    const double writeSeconds = double(timer.nsecsElapsed()) / 1e9;
    if (!error.isEmpty()) {
        std::printf("transport throughput: write failed (%s)\n", qPrintable(error));
        return;
    }
    print("transport write throughput (4 KiB chunks)",
          double(totalBytes) / writeSeconds / 1e6,
          "MB/s");

    QByteArray echoed;
    echoed.reserve(totalBytes);
    bool failed = false;
    timer.start();
    std::function<void()> next = [&] {
        client.readTransport(Chunk, 10.0, [&](Result<QByteArray> r) {
            if (!r) {
                error = r.error().oneLine();
                failed = true;
                return;
            }
            echoed += *r;
            if (echoed.size() < totalBytes)
                next();
        });
    };
    next();
    runUntil([&] { return failed || echoed.size() >= totalBytes; });
    const double readSeconds = double(timer.nsecsElapsed()) / 1e9;
    if (failed) {
        std::printf("transport throughput: read failed (%s)\n", qPrintable(error));
        return;
    }
    print("transport read throughput (4 KiB chunks)",
          double(totalBytes) / readSeconds / 1e6,
          "MB/s");
    std::printf("transport echo intact: %s\n", echoed == payload ? "yes" : "NO");
    std::printf("note: with a Python server, transport throughput is bound by the server's own "
                "base64.b85encode/b85decode (pure Python in CPython, about 1 ms per 4 KiB)\n");
    std::optional<Result<void>> closed;
    client.closeTransport([&](Result<void> r) { closed = std::move(r); });
    runUntil([&] { return closed.has_value(); });
}

void base85(qint64 megabytes)
{
    const qint64 size = megabytes * 1024 * 1024;
    QByteArray data(size, Qt::Uninitialized);
    quint32 x = 12345;
    for (qint64 i = 0; i < size; ++i) {
        x = x * 1664525u + 1013904223u;
        data[i] = char(x >> 24);
    }
    const auto verdict = [](double rate) {
        return rate > 500 ? "PASS (target > 500 MB/s)" : "FAIL (target > 500 MB/s)";
    };
    // Bulk: one call over the whole buffer (includes first-touch page faults of the output).
    QElapsedTimer timer;
    timer.start();
    const QByteArray text = Base85::encode(data);
    const double encodeRate = double(size) / (double(timer.nsecsElapsed()) / 1e9) / 1e6;
    timer.start();
    const auto decoded = Base85::decode(text);
    const double decodeRate = double(size) / (double(timer.nsecsElapsed()) / 1e9) / 1e6;
    print("base85 encode throughput, bulk (raw bytes)", encodeRate, "MB/s", verdict(encodeRate));
    print("base85 decode throughput, bulk (raw bytes)", decodeRate, "MB/s", verdict(decodeRate));
    if (!decoded || *decoded != data)
        std::printf("base85 round trip: FAIL\n");

    // As the transport uses it: 4 KiB chunks.
    constexpr qsizetype Chunk = 4096;
    qsizetype sink = 0;
    timer.start();
    for (qsizetype offset = 0; offset < size; offset += Chunk)
        sink += Base85::encode(QByteArrayView(data).sliced(offset, std::min(Chunk, size - offset)))
                    .size();
    const double chunkEncodeRate = double(size) / (double(timer.nsecsElapsed()) / 1e9) / 1e6;
    const qsizetype textChunk = Base85::encodedLength(Chunk);
    timer.start();
    for (qsizetype offset = 0; offset < text.size(); offset += textChunk) {
        const auto bytes = Base85::decode(
            QByteArrayView(text).sliced(offset, std::min(textChunk, text.size() - offset)));
        sink += bytes ? bytes->size() : 0;
    }
    const double chunkDecodeRate = double(size) / (double(timer.nsecsElapsed()) / 1e9) / 1e6;
    print("base85 encode throughput, 4 KiB chunks (raw bytes)",
          chunkEncodeRate,
          "MB/s",
          verdict(chunkEncodeRate));
    print("base85 decode throughput, 4 KiB chunks (raw bytes)",
          chunkDecodeRate,
          "MB/s",
          verdict(chunkDecodeRate));
    if (sink == 0)
        std::printf("(nothing encoded)\n");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QString templateDir;
    int calls = 1000;
    qint64 transportBytes = 16 * 1024 * 1024;
    qint64 base85Megabytes = 64;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString value = i + 1 < args.size() ? args[i + 1] : QString();
        if (args[i] == QLatin1String("--template"))
            templateDir = value, ++i;
        else if (args[i] == QLatin1String("--calls"))
            calls = value.toInt(), ++i;
        else if (args[i] == QLatin1String("--transport-bytes"))
            transportBytes = value.toLongLong(), ++i;
        else if (args[i] == QLatin1String("--base85-mb"))
            base85Megabytes = value.toLongLong(), ++i;
        else {
            std::fprintf(stderr,
                         "usage: bench_projectapi [--template DIR] [--calls N] "
                         "[--transport-bytes N] [--base85-mb N]\n");
            return 2;
        }
    }

    QTemporaryDir tmp;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (templateDir.isEmpty()) {
        templateDir = tmp.filePath(QStringLiteral("fake"));
        QDir().mkpath(templateDir);
        QFile::copy(QStringLiteral(TINYDEPLOY_TESTS_DIR "/fakes/fake_project_api_server.py"),
                    templateDir + QStringLiteral("/microtvm_api_server.py"));
        env.insert(QStringLiteral("FAKE_SERVER_BEHAVIOUR"), QStringLiteral("precomputed"));
        std::printf("template: the fake server in precomputed/echo mode\n");
    } else {
        std::printf("template: %s\n", qPrintable(templateDir));
    }

    ProjectApiClient client;
    client.setProcessEnvironment(env);
    if (auto started = client.start(templateDir); !started) {
        std::fprintf(stderr, "%s\n", qPrintable(started.error().fullText()));
        return 1;
    }
    QString error;
    clientRoundTrips(client, 10, &error); // warm-up
    const auto clientMicros = clientRoundTrips(client, calls, &error);
    if (clientMicros.empty()) {
        std::fprintf(stderr, "server_info_query failed: %s\n", qPrintable(error));
        return 1;
    }
    const Stats viaClient = stats(clientMicros);
    print("server_info_query round trip median", viaClient.median, "us");
    print("server_info_query round trip p99", viaClient.p99, "us");

    const Stats raw = stats(rawRoundTrips(templateDir, env, calls));
    print("raw pipe round trip median (baseline, no JSON work)", raw.median, "us");
    print("round trip ratio client/raw", viaClient.median / raw.median, "x");
    print("client overhead per call (median difference)", viaClient.median - raw.median, "us");

    // The same reply bytes the server sends, parsed in process.
    std::optional<QJsonValue> resultJson;
    client.call(QStringLiteral("server_info_query"),
                {{QStringLiteral("tvm_version"), QStringLiteral("0.18.0")}},
                [&](Result<QJsonValue> r) { resultJson = r ? *r : QJsonValue(); });
    runUntil([&] { return resultJson.has_value(); });
    const QByteArray replyLine
        = "{\"jsonrpc\": \"2.0\", \"id\": 1, \"result\": "
          + QJsonDocument(resultJson->toObject()).toJson(QJsonDocument::Compact) + "}";
    const double overhead = inProcessOverheadMicros(replyLine);
    print("client overhead per call (in process: build + parse + typed result)",
          overhead,
          "us",
          overhead < 50 ? "PASS (target < 50 us)" : "FAIL (target < 50 us)");

    transport(client, transportBytes);
    client.stop();
    runUntil([&] { return !client.isRunning(); }, 10000);

    base85(base85Megabytes);
    return 0;
}
