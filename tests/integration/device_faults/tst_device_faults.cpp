// Faults on the serial line, for both run protocols, through the real runners on a real pty:
// FramedRunner to fake_device (our framed protocol) and RpcRunner to crt_device (TVM's CRT,
// microTVM RPC), each behind tests/fakes/faulty_device.py. Per scenario: a clean run first,
// then one fault (flipped bits, dropped bytes, garbage, a stall, a reset mid-frame, a device
// that disappears) during the next run. The run either gives the model's exact answer
// (recovered) or fails with the expected error that names the port and says what to do
// (reported); then the run after it works again, except when the device is gone, where it
// fails clearly too, and when the fault left TVM's CRT stuck, where it tells the user to reset
// the board (and works after the reset). Every wait has a deadline; the counts are printed at
// the end.
#include "fakes/crtmodel.h"
#include "fakes/faultydevice.h"

#include <device/framedrunner.h>
#include <device/serialportlink.h>
#include <microtvm/rpcrunner.h>

#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace TinyDeploy;
using namespace TinyDeploy::Device;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(TinyDeploy::Result<TinyDeploy::Device::DeviceInfo>)
Q_DECLARE_METATYPE(TinyDeploy::Result<TinyDeploy::Device::InferenceResult>)

namespace {

/// What a scenario must end with.
enum class Expect {
    Recovers, ///< The run with the fault gives the exact answer.
    Reports,  ///< It fails with one of the listed codes; the next run works.
    Gone,     ///< The device disappeared: DeviceDisconnected, and the next run fails clearly.
    /// It fails with one of the listed codes and leaves the device stuck: the next run fails
    /// clearly too, telling the user to reset the board; after a reset, runs work again.
    Wedged,
};

// Reply deadlines of the runners: well above what a busy machine needs for a local device
// (milliseconds), and the length of the scenarios that end in a timeout.
constexpr auto ReplyTimeout = 3000ms;
constexpr auto RunTimeout = 6000ms;
// Any wait of the test itself: far above every runner deadline, so a hang fails here.
constexpr int Deadline = 60000;

const QString fakeDevice = QStringLiteral(TINYDEPLOY_BINARY_DIR "/tests/fakes/fake_device");
const QString crtDevice = QStringLiteral(TINYDEPLOY_BINARY_DIR
                                         "/tests/fakes/crt_device/crt_device");

struct Counts
{
    int run = 0;
    int recovered = 0;
    int reported = 0;
    int gone = 0;
    int wedged = 0;
};

QList<float> framedExpected(const QList<float> &x)
{
    QList<float> out;
    for (float v : x)
        out.append(v * 2.0f + 1.0f);
    return out;
}

/// One runner on the relay's pty, with its spies.
struct Rig
{
    Rig(const QString &protocol, const QString &port)
    {
        auto *link = new SerialPortLink(port);
        if (protocol == QLatin1String("framed")) {
            auto *framed = new FramedRunner(link);
            framed->setTimeouts(ReplyTimeout, RunTimeout);
            runner.reset(framed);
        } else {
            auto *rpc = new MicroTvm::RpcRunner(link, CrtModel::plan(4));
            rpc->setTimeouts(ReplyTimeout, RunTimeout);
            rpc->setSessionTimeouts(2 * ReplyTimeout, 300ms);
            runner.reset(rpc);
        }
        framed = protocol == QLatin1String("framed");
        finished = std::make_unique<QSignalSpy>(runner.get(), &ModelRunner::inferenceFinished);
    }

    Result<InferenceResult> run(const QList<float> &x)
    {
        finished->clear();
        runner->runInference({CrtModel::floats(x)}, 3);
        if (!finished->wait(Deadline))
            return fail(ErrorCode::Internal, "no inferenceFinished within the test's deadline");
        return finished->takeFirst().at(0).value<Result<InferenceResult>>();
    }

    /// Whether @p result is the model's exact answer for @p x (with a warning saying why not).
    bool isRight(const Result<InferenceResult> &result, const QList<float> &x) const
    {
        if (!result) {
            qWarning().noquote() << "run failed:" << result.error().fullText();
            return false;
        }
        const QList<float> expected = framed ? framedExpected(x) : CrtModel::expected(x);
        const QList<float> got = CrtModel::toFloats(result->outputs.value(0));
        if (got != expected || result->latencies.size() != 3) {
            qWarning() << "wrong answer" << got << "expected" << expected << "with"
                       << result->latencies.size() << "latencies";
            return false;
        }
        return true;
    }

    std::unique_ptr<ModelRunner> runner;
    std::unique_ptr<QSignalSpy> finished;
    bool framed = true;
};

/// An error the user can act on: it names the port and says what to do.
bool isClear(const Error &error, const QString &port)
{
    return !error.message.isEmpty() && !error.hint.isEmpty()
           && (error.location.contains(port) || error.message.contains(port));
}

} // namespace

Q_DECLARE_METATYPE(Expect)

class tst_DeviceFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void faults_data();
    void faults();
    void cleanupTestCase();

private:
    Counts m_counts;
};

void tst_DeviceFaults::initTestCase()
{
    qRegisterMetaType<Result<DeviceInfo>>();
    qRegisterMetaType<Result<InferenceResult>>();
    QVERIFY2(QFileInfo::exists(fakeDevice), "fake_device is not built");
    QVERIFY2(QFileInfo::exists(FaultyDevice::script()), qPrintable(FaultyDevice::script()));
}

void tst_DeviceFaults::faults_data()
{
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<QString>("fault");
    QTest::addColumn<Expect>("expect");
    QTest::addColumn<QList<int>>("codes");

    const QList<int> timeout{int(ErrorCode::Timeout)};
    const QList<int> none;
    const auto row = [](const char *protocol,
                        const char *name,
                        const char *fault,
                        Expect expect,
                        const QList<int> &codes) {
        QTest::addRow("%s: %s", protocol, name)
            << QString::fromLatin1(protocol) << QString::fromLatin1(fault) << expect << codes;
    };

    // Our framed protocol. The run after the clean one: the host sends INPUT (36 bytes) and RUN
    // (16); the device answers INPUT_ACK (20), then TIMING (56 for 3 runs), OUTPUT (36) and RUN_DONE (20).
    const char *f = "framed";
    row(f, "bit flipped in a reply header", "flip host 5", Expect::Reports, timeout);
    row(f, "bit flipped in a reply payload", "flip host 12", Expect::Reports, timeout);
    row(f,
        "bit flipped in the outputs",
        "flip host 90",
        Expect::Reports,
        {int(ErrorCode::DeviceProtocol)});
    row(f,
        "bit flipped in a request",
        "flip device 12",
        Expect::Reports,
        {int(ErrorCode::DeviceError)});
    row(f, "bytes dropped from a reply", "drop host 10 4", Expect::Reports, timeout);
    row(f, "bytes dropped from a request", "drop device 10 4", Expect::Reports, timeout);
    row(f, "garbage before a reply", "garbage host 0 00ff0d0a626f6f740d0a", Expect::Recovers, none);
    row(f,
        "magic-like garbage between replies",
        "garbage host 20 54445444015444",
        Expect::Recovers,
        none);
    row(f, "garbage before a request", "garbage device 0 00ff544454440d0a", Expect::Recovers, none);
    row(f, "garbage inside a reply", "garbage host 10 aa55", Expect::Reports, timeout);
    row(f, "short stall", "stall host 0 200", Expect::Recovers, none);
    row(f,
        "stall longer than the deadline (replies)",
        "stall host 20 7500",
        Expect::Reports,
        timeout);
    row(f,
        "stall longer than the deadline (requests)",
        "stall device 0 4500",
        Expect::Reports,
        timeout);
    row(f, "reset in the middle of a reply", "reset host 10", Expect::Reports, timeout);
    row(f, "reset in the middle of a request", "reset device 10", Expect::Reports, timeout);
    row(f, "reset in the middle of the timings", "reset host 40", Expect::Reports, timeout);
    row(f, "device gone in the middle of a reply", "vanish host 10", Expect::Gone, none);
    row(f, "device gone before a request", "vanish device 0", Expect::Gone, none);

    // microTVM RPC (TVM's CRT). The run after the clean one: CopyToRemote, the timed run,
    // CopyFromRemote, each a framed request and reply (0xFF 0xFD, escapes, CRC-16).
    const char *r = "microtvm-rpc";
    row(r,
        "bit flipped in a reply",
        "flip host 12",
        Expect::Reports,
        {int(ErrorCode::DeviceProtocol)});
    row(r, "bit flipped in a request", "flip device 12", Expect::Reports, timeout);
    row(r,
        "bytes dropped from a reply",
        "drop host 10 4",
        Expect::Reports,
        {int(ErrorCode::Timeout), int(ErrorCode::DeviceProtocol)});
    // The CRT keeps the payload of an abandoned frame in its receive buffer and executes it in
    // place of the next frame (microtvm-rpc-spec.md, 1.2 and 2.5): no host can resynchronise
    // it, the user must reset the board.
    row(r, "bytes dropped from a request", "drop device 10 4", Expect::Wedged, timeout);
    row(r,
        "garbage before a reply",
        "garbage host 0 626f6f743a20636c6f636b0d0a",
        Expect::Recovers,
        none);
    row(r, "garbage before a request", "garbage device 0 00136e6f697365fe01", Expect::Recovers, none);
    row(r, "short stall", "stall host 0 200", Expect::Recovers, none);
    row(r, "stall longer than the deadline", "stall host 0 4500", Expect::Reports, timeout);
    row(r,
        "reset in the middle of a reply",
        "reset host 10",
        Expect::Reports,
        {int(ErrorCode::DeviceError), int(ErrorCode::Timeout), int(ErrorCode::DeviceProtocol)});
    row(r,
        "reset in the middle of a request",
        "reset device 10",
        Expect::Reports,
        {int(ErrorCode::DeviceError), int(ErrorCode::Timeout), int(ErrorCode::DeviceProtocol)});
    row(r, "device gone in the middle of a reply", "vanish host 10", Expect::Gone, none);
    row(r, "device gone before a request", "vanish device 0", Expect::Gone, none);
}

void tst_DeviceFaults::faults()
{
    QFETCH(QString, protocol);
    QFETCH(QString, fault);
    QFETCH(Expect, expect);
    QFETCH(QList<int>, codes);

    const bool framed = protocol == QLatin1String("framed");
    if (!framed && !QFileInfo::exists(crtDevice))
        QSKIP("crt_device was not built (no standalone CRT in ../shared/tvm-crt)");

    FaultyDevice device;
    QVERIFY2(device.start({framed ? fakeDevice : crtDevice, "--stdio"}), qPrintable(device.why()));
    Rig rig(protocol, device.path());
    const QList<float> x{1.0f, -2.5f, 0.25f, 100.0f};
    QVERIFY2(rig.isRight(rig.run(x), x), "the clean run before the fault failed");

    ++m_counts.run;
    QVERIFY(device.arm(fault));
    const Result<InferenceResult> faulty = rig.run(x);
    QVERIFY2(device.hasEvent("fired"), qPrintable(device.events().join(" | ")));
    const QString port = device.path();
    const QString why = faulty ? QStringLiteral("it worked") : faulty.error().fullText();

    switch (expect) {
    case Expect::Recovers:
        QVERIFY2(rig.isRight(faulty, x), qPrintable(why));
        ++m_counts.recovered;
        break;
    case Expect::Reports:
        QVERIFY2(!faulty, "the run with the fault worked");
        QVERIFY2(codes.contains(int(faulty.error().code)), qPrintable(why));
        QVERIFY2(isClear(faulty.error(), port), qPrintable(why));
        // A protocol violation that comes from frames lost on the line says so.
        if (faulty.error().code == ErrorCode::DeviceProtocol && framed)
            QVERIFY2(faulty.error().message.contains("CRC"), qPrintable(why));
        ++m_counts.reported;
        break;
    case Expect::Wedged: {
        QVERIFY2(!faulty, "the run with the fault worked");
        QVERIFY2(codes.contains(int(faulty.error().code)), qPrintable(why));
        QVERIFY2(isClear(faulty.error(), port), qPrintable(why));
        const Result<InferenceResult> stuck = rig.run(x);
        QVERIFY2(!stuck, "the device was not stuck after all: make this row Reports");
        QVERIFY2(isClear(stuck.error(), port) && stuck.error().hint.contains("reset"),
                 qPrintable(stuck.error().fullText()));
        // The user resets the board: the next bytes towards it reach a new boot.
        QVERIFY(device.arm("reset device 0"));
        ++m_counts.reported;
        ++m_counts.wedged;
        break;
    }
    case Expect::Gone: {
        QVERIFY2(!faulty, "the run with the fault worked");
        QCOMPARE(faulty.error().code, ErrorCode::DeviceDisconnected);
        QVERIFY2(isClear(faulty.error(), port), qPrintable(why));
        QVERIFY(device.waitForEvent("vanished", Deadline));
        // The next run finds no port: it says so, naming it.
        const Result<InferenceResult> next = rig.run(x);
        QVERIFY(!next);
        QVERIFY2(next.error().code == ErrorCode::PortUnavailable
                     || next.error().code == ErrorCode::DeviceDisconnected,
                 qPrintable(next.error().fullText()));
        QVERIFY2(isClear(next.error(), port), qPrintable(next.error().fullText()));
        ++m_counts.gone;
        ++m_counts.reported;
        return;
    }
    }
    qInfo().noquote() << "outcome:" << (faulty ? QStringLiteral("recovered") : why);
    // Resynchronised: the next run on the same runner (and, after a reset, the new boot) works.
    const QList<float> y{0.5f, 0.0f, -1.0f, 8.0f};
    QVERIFY2(rig.isRight(rig.run(y), y),
             qPrintable("the run after the fault failed; relay: " + device.events().join(" | ")));
}

void tst_DeviceFaults::cleanupTestCase()
{
    qInfo("device fault scenarios: %d run, %d recovered, %d reported (%d with the device gone, "
          "%d needing a reset of the device)",
          m_counts.run,
          m_counts.recovered,
          m_counts.reported,
          m_counts.gone,
          m_counts.wedged);
}

QTEST_GUILESS_MAIN(tst_DeviceFaults)
#include "tst_device_faults.moc"
