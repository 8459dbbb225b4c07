// Benchmark of TinyDeploy's microTVM RPC client against TVM's real CRT (tests/fakes/crt_device)
// over three links, side by side in one run:
//   - direct: crt_device on a pty through SerialPortLink (as a board's serial port);
//   - direct, paced: the same pty paced at 115200 baud 8N1 (11520 bytes/s each way), so the
//     link's rate is known: the input copy rate against it is the efficiency target (>= 90 %);
//   - Project API: fake_crt_project_server.py relaying to crt_device (read/write_transport,
//     Base85), the way TVM's CRT host template reaches its device.
// Figures per link: calls per second of a no-op remote call (GetCRTMaxPacketSize), copy
// throughput to and from the device (and, paced, against the link's rate), the time-evaluator
// overhead per timed call (wall time minus what the device measured).
// Usage: bench_microtvm [--calls N] [--copy-bytes N] [--paced-bytes N]
#include <device/serialportlink.h>
#include <microtvm/projectapitransportlink.h>
#include <microtvm/rpcclient.h>
#include <microtvm/rpcexecutor.h>
#include <projectapi/projectapiclient.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <memory>

using namespace TinyDeploy;
using namespace TinyDeploy::MicroTvm;

namespace {

const QString crtDevice = QStringLiteral(TINYDEPLOY_BINARY_DIR
                                         "/tests/fakes/crt_device/crt_device");

/// A SerialLink that paces another one at @p bytesPerSecond in each direction, like a UART.
class PacedLink final : public Device::SerialLink
{
public:
    PacedLink(Device::SerialLink *inner, double bytesPerSecond)
        : m_inner(inner)
        , m_rate(bytesPerSecond)
    {
        m_timer.setInterval(2);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { pump(); });
        QObject::connect(inner, &Device::SerialLink::readyRead, this, [this] {
            m_in += m_inner->readAll();
        });
        m_clock.start();
    }
    Result<void> open() override
    {
        m_timer.start();
        return m_inner->open();
    }
    void close() override { m_inner->close(); }
    bool isOpen() const override { return m_inner->isOpen(); }
    Result<void> write(const QByteArray &data) override
    {
        m_out += data;
        return ok();
    }
    QByteArray readAll() override { return std::exchange(m_ready, QByteArray()); }
    QString description() const override { return m_inner->description() + " paced"; }

private:
    void pump()
    {
        const double now = double(m_clock.nsecsElapsed()) * 1e-9;
        m_budgetOut = qMin(m_budgetOut + (now - m_last) * m_rate, 64.0);
        m_budgetIn = qMin(m_budgetIn + (now - m_last) * m_rate, 64.0);
        m_last = now;
        if (const qsizetype n = qMin(m_out.size(), qsizetype(m_budgetOut)); n > 0) {
            (void) m_inner->write(m_out.left(n));
            m_out.remove(0, n);
            m_budgetOut -= double(n);
        }
        if (const qsizetype n = qMin(m_in.size(), qsizetype(m_budgetIn)); n > 0) {
            m_ready += m_in.left(n);
            m_in.remove(0, n);
            m_budgetIn -= double(n);
            emit readyRead();
        }
    }

    Device::SerialLink *m_inner;
    double m_rate;
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_last = 0, m_budgetOut = 0, m_budgetIn = 0;
    QByteArray m_out, m_in, m_ready;
};

template<typename T>
Result<T> await(std::function<void(RpcClient::Callback<T>)> start, int timeoutMs = 120000)
{
    QEventLoop loop;
    std::optional<Result<T>> result;
    start([&](Result<T> r) {
        result = std::move(r);
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!result)
        loop.exec();
    if (!result)
        return fail(ErrorCode::Timeout, "benchmark step timed out");
    return *result;
}

void report(const char *link, const char *what, double value, const char *unit)
{
    std::printf("%-22s %-44s %12.1f %s\n", link, what, value, unit);
}

bool check(const Error &e)
{
    std::fprintf(stderr, "%s\n", qPrintable(e.fullText()));
    return false;
}

bool measure(const char *name, Device::SerialLink *link, int calls, qint64 copyBytes, double rate)
{
    RpcClient client(link);
    client.setReplyTimeout(std::chrono::milliseconds(30000));
    if (auto c = await<void>([&](auto done) { client.connectDevice(done); }); !c)
        return check(c.error());
    const auto maxFn = await<quint64>(
        [&](auto done) { client.getGlobalFunction("tvm.rpc.server.GetCRTMaxPacketSize", done); });
    if (!maxFn)
        return check(maxFn.error());

    // No-op remote calls.
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < calls; ++i) {
        const auto r = await<CallReturn>([&](auto done) { client.call(*maxFn, {}, "noop", done); });
        if (!r)
            return check(r.error());
    }
    report(name, "no-op remote calls", calls / (double(timer.nsecsElapsed()) * 1e-9), "calls/s");

    // Copies.
    DlTensor t;
    t.dtypeCode = 1;
    t.dtypeBits = 8;
    t.shape = {copyBytes};
    const auto data = await<quint64>([&](auto done) { client.allocTensor(t, done); });
    if (!data)
        return check(data.error());
    t.data = *data;
    QByteArray payload(copyBytes, '\0');
    for (qint64 i = 0; i < copyBytes; ++i)
        payload[i] = char(i * 7);
    const quint64 sentBefore = client.session().bytesSent();
    timer.restart();
    if (auto r = await<void>([&](auto done) { client.copyToRemote(t, payload, done); }); !r)
        return check(r.error());
    const double toSeconds = double(timer.nsecsElapsed()) * 1e-9;
    const quint64 wire = client.session().bytesSent() - sentBefore;
    report(name, "copy to device", double(copyBytes) / toSeconds / 1024.0, "KiB/s");
    report(name,
           "  input bytes / bytes sent on the wire",
           100.0 * double(copyBytes) / double(wire),
           "%");
    if (rate > 0)
        report(name,
               "  input rate / link rate (target >= 90 %)",
               100.0 * double(copyBytes) / toSeconds / rate,
               "%");
    timer.restart();
    const auto back = await<QByteArray>(
        [&](auto done) { client.copyFromRemote(t, copyBytes, done); });
    if (!back)
        return check(back.error());
    const double fromSeconds = double(timer.nsecsElapsed()) * 1e-9;
    if (*back != payload)
        return check(makeError(ErrorCode::Internal, "the copy came back different"));
    report(name, "copy from device", double(copyBytes) / fromSeconds / 1024.0, "KiB/s");
    if (rate > 0)
        report(name,
               "  output rate / link rate",
               100.0 * double(copyBytes) / fromSeconds / rate,
               "%");

    // Time-evaluator overhead: fused_add over three small tensors, number 1, repeat 1.
    ModelPlan plan;
    plan.executor = Executor::Aot; // only the system lib and the evaluator are used
    RpcExecutor executor(&client, plan);
    const auto libFn = await<quint64>(
        [&](auto done) { client.getGlobalFunction("runtime.SystemLib", done); });
    if (!libFn)
        return check(libFn.error());
    const auto lib = await<CallReturn>(
        [&](auto done) { client.call(*libFn, {}, "SystemLib", done); });
    if (!lib)
        return check(lib.error());
    DlTensor f;
    f.shape = {4};
    QList<Value> args;
    for (int i = 0; i < 3; ++i) {
        const auto p = await<quint64>([&](auto done) { client.allocTensor(f, done); });
        if (!p)
            return check(p.error());
        DlTensor a = f;
        a.data = *p;
        args.append(Value::dlTensor(a));
    }
    const int timed = qMax(5, calls / 20);
    double overhead = 0;
    for (int i = 0; i < timed; ++i) {
        timer.restart();
        const auto s = await<QList<double>>([&](auto done) {
            executor.timeFunction(lib->value.asHandle(),
                                  "fused_add",
                                  args,
                                  1,
                                  1,
                                  std::chrono::milliseconds(30000),
                                  done);
        });
        if (!s)
            return check(s.error());
        overhead += double(timer.nsecsElapsed()) * 1e-9 - 2 * s->value(0); // warm-up + 1 timed
    }
    report(name, "time-evaluator overhead per timed call", 1e3 * overhead / timed, "ms");
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int calls = 1000;
    qint64 copyBytes = 256 * 1024;
    qint64 pacedBytes = 32 * 1024;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == "--calls")
            calls = args[i + 1].toInt();
        else if (args[i] == "--copy-bytes")
            copyBytes = args[i + 1].toLongLong();
        else if (args[i] == "--paced-bytes")
            pacedBytes = args[i + 1].toLongLong();
    }
    std::printf("microTVM RPC against TVM's CRT (crt_device), %d calls, %lld-byte copies "
                "(%lld paced)\n",
                calls,
                qint64(copyBytes),
                qint64(pacedBytes));
    bool okAll = true;
    for (const bool paced : {false, true}) {
        QProcess device;
        device.start(crtDevice, {"--pty"});
        if (!device.waitForReadyRead(10000)) {
            std::fprintf(stderr, "crt_device did not start\n");
            return 1;
        }
        const QString slave = QString::fromLocal8Bit(device.readAllStandardOutput()).trimmed();
        auto serial = std::make_unique<Device::SerialPortLink>(slave);
        if (paced) {
            PacedLink link(serial.get(), 11520.0);
            okAll &= measure("direct pty, 115200 Bd",
                             &link,
                             qMax(20, calls / 50),
                             pacedBytes,
                             11520.0);
        } else {
            okAll &= measure("direct pty", serial.get(), calls, copyBytes, 0);
        }
        serial.reset();
        device.terminate();
        device.waitForFinished(5000);
    }
    {
        QTemporaryDir dir;
        const QString server = dir.filePath("microtvm_api_server.py");
        QFile::copy(QStringLiteral(TINYDEPLOY_TESTS_DIR "/fakes/fake_crt_project_server.py"),
                    server);
        QFile::setPermissions(server, QFile::permissions(server) | QFile::ExeUser);
        ProjectApi::ProjectApiClient api;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("FAKE_CRT_DEVICE", crtDevice);
        api.setProcessEnvironment(env);
        if (auto started = api.start(dir.path()); !started)
            return check(started.error()) ? 0 : 1;
        ProjectApiTransportLink link(&api, dir.path());
        okAll &= measure("Project API", &link, qMax(20, calls / 5), copyBytes / 4, 0);
        link.close();
        api.stop();
    }
    return okAll ? 0 : 1;
}
