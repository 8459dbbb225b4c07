// FramedRunner: the ModelRunner contract over our framed protocol, against the scripted digits
// device on a FakeSerialLink.

#include <device/framedrunner.h>
#include <fakes/digitsdevice.h>
#include <fakes/fakeseriallink.h>
#include <tensor/npy.h>

#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace TinyDeploy;
using namespace TinyDeploy::Device;
using namespace std::chrono_literals;

using Connected = Result<DeviceInfo>;
using Inference = Result<InferenceResult>;

class tst_FramedRunner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void namesItsProtocolAndLink();
    void connectsAndRuns();
    void openErrorFinishesLater();
    void cancelFinishesAtOnce();
    void reopensAfterTheDeviceVanished();
    void closeKeepsWhatTheDeviceSaid();

private:
    static QByteArray sample(int index);

    FakeSerialLink *m_link = nullptr; // owned by m_runner
    FramedRunner *m_runner = nullptr;
    std::unique_ptr<DigitsDevice> m_device;
    int m_hellos = 0;
};

void tst_FramedRunner::init()
{
    m_hellos = 0;
    m_link = new FakeSerialLink;
    m_runner = new FramedRunner(m_link);
    m_device = std::make_unique<DigitsDevice>(m_link, DigitsDevice::Mode::Normal, &m_hellos);
}

void tst_FramedRunner::cleanup()
{
    delete m_runner;
    m_runner = nullptr;
    m_device.reset();
}

QByteArray tst_FramedRunner::sample(int index)
{
    const auto tensor = Tensor::readNpyFile(
        QStringLiteral(TINYDEPLOY_SOURCE_DIR "/resources/samples/inputs/float32/sample_%1.npy")
            .arg(index));
    return tensor ? tensor->data() : QByteArray();
}

void tst_FramedRunner::namesItsProtocolAndLink()
{
    QCOMPARE(m_runner->protocol(), RunProtocol::Framed);
    QCOMPARE(runProtocolName(m_runner->protocol()), QStringLiteral("framed"));
    QVERIFY(!m_runner->protocolName().isEmpty());
    QCOMPARE(m_runner->linkDescription(), m_link->description());
    QVERIFY(!m_runner->isOpen());
    QVERIFY(!m_runner->deviceInfo());
}

void tst_FramedRunner::connectsAndRuns()
{
    QSignalSpy connected(m_runner, &ModelRunner::connected);
    m_runner->connectDevice();
    QVERIFY(connected.wait(10000));
    const auto info = connected.takeFirst().at(0).value<Connected>();
    QVERIFY2(info.has_value(), qPrintable(info ? QString() : info.error().message));
    QCOMPARE(info->board, QStringLiteral("fake-board"));
    QVERIFY(m_runner->isOpen());
    QCOMPARE(m_runner->deviceInfo(), *info);

    const QByteArray input = sample(0);
    QVERIFY(!input.isEmpty());
    QSignalSpy finished(m_runner, &ModelRunner::inferenceFinished);
    QSignalSpy runs(m_runner, &ModelRunner::runProgress);
    m_runner->runInference({input}, 3);
    QVERIFY(m_runner->isBusy());
    QVERIFY(finished.wait(10000));
    const auto result = finished.takeFirst().at(0).value<Inference>();
    QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().message));
    QCOMPARE(result->latencies.size(), 3);
    const auto expected = Tensor::readNpyFile(
        QStringLiteral(TINYDEPLOY_SOURCE_DIR "/resources/samples/expected/float32/sample_0.npy"));
    QVERIFY(expected.has_value());
    QCOMPARE(result->outputs, QList<QByteArray>{expected->data()});
    QVERIFY(!runs.isEmpty());
    QCOMPARE(m_hellos, 1); // the session that said hello is kept
}

void tst_FramedRunner::openErrorFinishesLater()
{
    m_link->setOpenError(makeError(ErrorCode::PortUnavailable,
                                   QStringLiteral("The serial port does not exist."),
                                   QStringLiteral("/dev/ttyACM7")));
    QSignalSpy connected(m_runner, &ModelRunner::connected);
    m_runner->connectDevice();
    QCOMPARE(connected.size(), 0); // never before the caller returns to the event loop
    QVERIFY(connected.wait(10000));
    const auto info = connected.takeFirst().at(0).value<Connected>();
    QVERIFY(!info);
    QCOMPARE(info.error().code, ErrorCode::PortUnavailable);

    QSignalSpy finished(m_runner, &ModelRunner::inferenceFinished);
    m_runner->runInference({sample(0)}, 1);
    QCOMPARE(finished.size(), 0);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.takeFirst().at(0).value<Inference>().error().code, ErrorCode::PortUnavailable);
}

void tst_FramedRunner::cancelFinishesAtOnce()
{
    m_device->setMode(DigitsDevice::Mode::Silent);
    QSignalSpy finished(m_runner, &ModelRunner::inferenceFinished);
    m_runner->runInference({sample(0)}, 1);
    QVERIFY(m_runner->isBusy());
    m_runner->cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.takeFirst().at(0).value<Inference>().error().code, ErrorCode::Cancelled);
    QVERIFY(!m_runner->isBusy());
}

void tst_FramedRunner::reopensAfterTheDeviceVanished()
{
    QSignalSpy connected(m_runner, &ModelRunner::connected);
    m_runner->connectDevice();
    QVERIFY(connected.wait(10000));
    m_link->injectError(
        makeError(ErrorCode::DeviceDisconnected, QStringLiteral("The device was unplugged.")));
    QVERIFY(!m_runner->isOpen());

    // Plugged in again: the next request opens the link and says hello first.
    QSignalSpy finished(m_runner, &ModelRunner::inferenceFinished);
    m_runner->runInference({sample(3)}, 1);
    QVERIFY(finished.wait(10000));
    const auto result = finished.takeFirst().at(0).value<Inference>();
    QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().message));
    QVERIFY(m_runner->isOpen());
    QCOMPARE(m_hellos, 2);
}

void tst_FramedRunner::closeKeepsWhatTheDeviceSaid()
{
    QSignalSpy connected(m_runner, &ModelRunner::connected);
    m_runner->connectDevice();
    QVERIFY(connected.wait(10000));
    m_runner->close();
    QVERIFY(!m_runner->isOpen());
    QVERIFY(!m_link->isOpen());
    QVERIFY(m_runner->deviceInfo().has_value());
}

QTEST_GUILESS_MAIN(tst_FramedRunner)
#include "tst_framedrunner.moc"
