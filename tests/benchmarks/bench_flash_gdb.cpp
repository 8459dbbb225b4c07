// bench_flash_gdb: flashing through a GDB server, with QEMU's netduinoplus2 stub as the probe
// (started paused with -gdb, no firmware), and the emulated STM32's inference latency.
//
// Measured in the same run:
// 1. TinyDeploy: the flash request of the stm32 project's server (flasher=gdb,
//    gdb_server_type=qemu), i.e. the flashing layer, gdb-multiarch and everything around it,
//    firmware built for a NUCLEO-F446RE; median of --runs, cold first flash reported apart.
// 2. Baseline: gdb-multiarch alone with the same script (the layer's build/flash.gdb) and
//    ELF, started the same number of times, interleaved with 1. TinyDeploy's overhead is
//    (1 - 2) / 2; target under 5 %.
// 3. gdb_server_type=auto (asks the server first: one more short gdb run), for context.
// 4. The inference latency of both digits samples on qemu-netduinoplus2 (QEMU with
//    -icount shift=5: virtual time, repeatable; not the silicon's), 20 runs each.
//
// The machine's load moves single runs by tens of milliseconds; the verdict uses the medians,
// and the minima are printed beside them.
//
// usage: bench_flash_gdb [--runs 20] [--templates DIR]

#include <projectapi/optionvalues.h>
#include <projectapi/projectapiclient.h>
#include <templates/templatecatalog.h>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <optional>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace TinyDeploy;

namespace {

const QString cliPath = QStringLiteral(TINYDEPLOY_BINARY_DIR "/bin/tinydeploy-cli");
const QString samplesDir = QStringLiteral(TINYDEPLOY_SOURCE_DIR "/resources/samples");

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

quint16 freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    quint16 port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

QString arg(const QStringList &args, const QString &name, const QString &fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

int failWith(const QString &text)
{
    std::fprintf(stderr, "bench_flash_gdb: %s\n", qPrintable(text));
    return 1;
}

// Generates and builds the project with the template's server; returns the option set.
Result<QJsonObject> generateAndBuild(ProjectApi::ProjectApiClient &project,
                                     const QString &templateDir,
                                     const QString &model,
                                     const QString &projectDir)
{
    ProjectApi::ProjectApiClient templ;
    if (Result<void> started = templ.start(templateDir); !started)
        return fail(started.error());
    Result<ProjectApi::ServerInfo> info = await<ProjectApi::ServerInfo>(
        [&](auto done) { templ.serverInfoQuery(QString(Templates::ClientTvmVersion), done); });
    if (!info)
        return fail(info.error());
    ProjectApi::OptionValues values(info->projectOptions);
    for (const QString &assignment : {QStringLiteral("board=nucleo-f446re"),
                                      QStringLiteral("flasher=gdb"),
                                      QStringLiteral("gdb_server_type=qemu")}) {
        if (Result<void> set = values.setAssignment(assignment); !set)
            return fail(set.error());
    }
    QJsonObject options = values.fullSet();
    if (Result<void> generated = await<void>(
            [&](auto done) { templ.generateProject(model, QString(), projectDir, options, done); });
        !generated)
        return fail(generated.error());
    templ.stop();
    if (Result<void> started = project.start(projectDir); !started)
        return fail(started.error());
    info = await<ProjectApi::ServerInfo>(
        [&](auto done) { project.serverInfoQuery(QString(Templates::ClientTvmVersion), done); });
    if (!info)
        return fail(info.error());
    if (Result<QJsonValue> built = await<QJsonValue>(
            [&](auto done) { project.build(options, done); });
        !built)
        return fail(built.error());
    return options;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    const int runs = std::max(1, arg(args, QStringLiteral("--runs"), QStringLiteral("20")).toInt());
    const QString templates = arg(args,
                                  QStringLiteral("--templates"),
                                  QStringLiteral(TINYDEPLOY_BINARY_DIR "/firmware_templates"));
    QTemporaryDir work;
    if (!work.isValid())
        return failWith(QStringLiteral("cannot create a temporary folder"));
    const QString gdb = QStandardPaths::findExecutable(QStringLiteral("gdb-multiarch"));
    if (gdb.isEmpty())
        return failWith(QStringLiteral("gdb-multiarch is not installed"));

    // The "probe": QEMU paused with its GDB stub and no firmware, flashed again and again.
    const quint16 port = freePort();
    const QString address = QStringLiteral("127.0.0.1:%1").arg(port);
    QProcess qemu;
    qemu.setProcessChannelMode(QProcess::MergedChannels);
    qemu.start(QStringLiteral("qemu-system-arm"),
               {QStringLiteral("-M"),
                QStringLiteral("netduinoplus2"),
                QStringLiteral("-nographic"),
                QStringLiteral("-monitor"),
                QStringLiteral("none"),
                QStringLiteral("-serial"),
                QStringLiteral("null"),
                QStringLiteral("-serial"),
                QStringLiteral("null"),
                QStringLiteral("-S"),
                QStringLiteral("-gdb"),
                QStringLiteral("tcp:127.0.0.1:%1").arg(port)});
    if (!qemu.waitForStarted(10000))
        return failWith(QStringLiteral("qemu-system-arm did not start"));

    const QString projectDir = work.filePath(QStringLiteral("project"));
    ProjectApi::ProjectApiClient project;
    Result<QJsonObject> options = generateAndBuild(project,
                                                   templates + QStringLiteral("/stm32"),
                                                   samplesDir
                                                       + QStringLiteral("/digits_float32.tar"),
                                                   projectDir);
    if (!options)
        return failWith(options.error().fullText());
    options->insert(QStringLiteral("gdb_server"), address);

    const auto flashOnce = [&](const QJsonObject &values) -> std::optional<double> {
        QElapsedTimer timer;
        timer.start();
        const Result<QJsonValue> flashed = await<QJsonValue>(
            [&](auto done) { project.flash(values, done); });
        if (!flashed) {
            std::fprintf(stderr, "%s\n", qPrintable(flashed.error().fullText()));
            return std::nullopt;
        }
        return timer.nsecsElapsed() / 1e6;
    };
    const QStringList gdbArguments{QStringLiteral("--interpreter=mi2"),
                                   QStringLiteral("-nx"),
                                   QStringLiteral("-batch"),
                                   QStringLiteral("-x"),
                                   projectDir + QStringLiteral("/build/flash.gdb"),
                                   projectDir + QStringLiteral("/build/firmware.elf")};
    const auto gdbOnce = [&]() -> std::optional<double> {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.setStandardInputFile(QProcess::nullDevice());
        // As the server starts its tools: in a session of their own (with autogroup
        // scheduling, a session is also a CPU share), stdin from /dev/null.
        process.setChildProcessModifier([] { ::setsid(); });
        QElapsedTimer timer;
        timer.start();
        process.start(gdb, gdbArguments);
        if (!process.waitForFinished(60000) || process.exitCode() != 0) {
            std::fprintf(stderr, "gdb alone failed: %s\n", process.readAll().constData());
            return std::nullopt;
        }
        return timer.nsecsElapsed() / 1e6;
    };

    const std::optional<double> cold = flashOnce(*options); // writes flash.gdb, caches versions
    if (!cold)
        return 1;
    QList<double> ours;
    QList<double> alone;
    for (int i = 0; i < runs; ++i) {
        // Alternating which goes first, so that neither always follows the other's reset.
        std::optional<double> a;
        std::optional<double> b;
        if (i % 2) {
            a = flashOnce(*options);
            b = gdbOnce();
        } else {
            b = gdbOnce();
            a = flashOnce(*options);
        }
        if (!a || !b)
            return 1;
        ours << *a;
        alone << *b;
    }
    QJsonObject autoOptions = *options;
    autoOptions.insert(QStringLiteral("gdb_server_type"), QStringLiteral("auto"));
    QList<double> detected;
    for (int i = 0; i < std::min(runs, 5); ++i) {
        const std::optional<double> a = flashOnce(autoOptions);
        if (!a)
            return 1;
        detected << *a;
    }
    project.stop();
    qemu.kill();
    qemu.waitForFinished(5000);

    const double oursMs = median(ours);
    const double aloneMs = median(alone);
    const double overhead = aloneMs > 0 ? 100.0 * (oursMs - aloneMs) / aloneMs : 0;
    out() << "bench_flash_gdb: digits_float32 built for nucleo-f446re, flashed through QEMU's "
             "netduinoplus2 GDB stub, "
          << runs << " runs each\n";
    out() << "TinyDeploy flash request (gdb_server_type=qemu): median "
          << QString::number(oursMs, 'f', 1)
          << " ms (first, cold: " << QString::number(*cold, 'f', 1) << " ms)\n";
    out() << "baseline, gdb-multiarch alone with the same script: median "
          << QString::number(aloneMs, 'f', 1) << " ms\n";
    out() << "gdb_server_type=auto (asks the server first): median "
          << QString::number(median(detected), 'f', 1) << " ms\n";
    out() << "TinyDeploy overhead over gdb-multiarch alone: "
          << QString::number(oursMs - aloneMs, 'f', 1)
          << " ms = " << QString::number(overhead, 'f', 2) << " % (target < 5 %) "
          << (overhead < 5.0 ? "PASS" : "FAIL") << '\n';
    out().flush();

    // The emulated STM32's inference latency, through the whole deployment.
    for (const char *kind : {"float32", "int8"}) {
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), work.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), work.filePath(QStringLiteral("config")));
        cli.setProcessEnvironment(env);
        cli.start(cliPath,
                  {QStringLiteral("deploy"),
                   samplesDir + QStringLiteral("/digits_%1.tar").arg(QLatin1String(kind)),
                   QStringLiteral("--template"),
                   QStringLiteral("stm32"),
                   QStringLiteral("-o"),
                   QStringLiteral("board=qemu-netduinoplus2"),
                   QStringLiteral("--runs"),
                   QStringLiteral("20"),
                   QStringLiteral("--json")});
        if (!cli.waitForFinished(240000) || cli.exitCode() != 0)
            return failWith(
                QStringLiteral("deploy of digits_%1 failed: %2")
                    .arg(QLatin1String(kind), QString::fromUtf8(cli.readAllStandardError())));
        const QJsonArray results = QJsonDocument::fromJson(cli.readAllStandardOutput())
                                       .object()
                                       .value(QStringLiteral("results"))
                                       .toArray();
        QList<double> cycles;
        QList<double> micros;
        for (const QJsonValue &value : results) {
            const QJsonObject latency = value.toObject().value(QStringLiteral("latency")).toObject();
            cycles << latency.value(QStringLiteral("cycles"))
                          .toObject()
                          .value(QStringLiteral("median"))
                          .toDouble();
            micros << latency.value(QStringLiteral("us"))
                          .toObject()
                          .value(QStringLiteral("median"))
                          .toDouble();
        }
        out() << "qemu-netduinoplus2 digits_" << kind << ": median over " << results.size()
              << " inputs x 20 runs: " << qint64(median(cycles)) << " cycles, "
              << QString::number(median(micros), 'f', 1)
              << " us (emulated: QEMU virtual time, -icount shift=5)\n";
        out().flush();
    }
    return overhead < 5.0 ? 0 : 2;
}
