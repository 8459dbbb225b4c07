// Deploy::planRunAgain(): the History's Run Again on the same board.

#include <deploy/devicestopper.h>
#include <deploy/projectstate.h>
#include <deploy/runagainplan.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace TinyDeploy;
using namespace TinyDeploy::Deploy;

namespace {

const char nucleoSerial[] = "0669FF485457725187042136";

Device::PortInfo stlinkPort(const QString &name, const QString &serial)
{
    Device::PortInfo port;
    port.portName = name;
    port.systemLocation = QStringLiteral("/dev/") + name;
    port.description = QStringLiteral("STM32 STLink");
    port.serialNumber = serial;
    port.vendorId = 0x0483;
    port.productId = 0x374b;
    return port;
}

/// A flashed project of @p templateName for @p board, as Deployment leaves it.
QString makeProject(const QTemporaryDir &root,
                    const QString &name,
                    const QString &templateName,
                    const QString &board,
                    const QString &serialPort,
                    bool flashed = true)
{
    const QString dir = root.filePath(name);
    if (!QDir().mkpath(dir))
        return {};
    const QString boards = QStringLiteral(TINYDEPLOY_SOURCE_DIR "/firmware_templates/")
                           + templateName + QStringLiteral("/boards.json");
    if (!QFile::copy(boards, dir + QStringLiteral("/boards.json")))
        return {};
    ProjectState state;
    state.templateName = templateName;
    state.templateDir = QStringLiteral(TINYDEPLOY_SOURCE_DIR "/firmware_templates/") + templateName;
    state.modelPath = root.filePath(QStringLiteral("digits.tar"));
    state.options = QJsonObject{{QStringLiteral("board"), board}};
    state.serialPort = serialPort;
    if (flashed) {
        state.flashed = QDateTime::currentDateTimeUtc();
        state.flashResult = QJsonObject{{QStringLiteral("serial_port"), serialPort}};
    }
    return state.save(dir) ? dir : QString();
}

} // namespace

class tst_RunAgainPlan : public QObject
{
    Q_OBJECT

private slots:
    void realBoardWhereItIsNow_data();
    void realBoardWhereItIsNow();
    void realBoardNotPluggedIn();
    void emulatedBoardStartsAgainAtFlash();
    void refusesWhatCannotRun_data();
    void refusesWhatCannotRun();
};

void tst_RunAgainPlan::realBoardWhereItIsNow_data()
{
    QTest::addColumn<QList<Device::PortInfo>>("ports");
    QTest::addColumn<QString>("expectedPort");
    QTest::addColumn<bool>("noted");

    QTest::newRow("same port") << QList{stlinkPort(QStringLiteral("ttyACM0"), nucleoSerial)}
                               << QStringLiteral("/dev/ttyACM0") << false;
    // The board came back as ttyACM1 (re-plugged, or another board took ttyACM0): found by its
    // serial number, and the user is told.
    QTest::newRow("re-enumerated")
        << QList{stlinkPort(QStringLiteral("ttyACM0"), QStringLiteral("OTHERBOARD01")),
                 stlinkPort(QStringLiteral("ttyACM1"), nucleoSerial)}
        << QStringLiteral("/dev/ttyACM1") << true;
}

void tst_RunAgainPlan::realBoardWhereItIsNow()
{
    QFETCH(QList<Device::PortInfo>, ports);
    QFETCH(QString, expectedPort);
    QFETCH(bool, noted);
    QTemporaryDir root;
    const QString project = makeProject(root,
                                        QStringLiteral("project"),
                                        QStringLiteral("stm32"),
                                        QStringLiteral("nucleo-f446re"),
                                        QStringLiteral("/dev/ttyACM0"));
    QVERIFY(!project.isEmpty());

    const Result<RunAgainPlan> plan = planRunAgain(project,
                                                   QString::fromLatin1(nucleoSerial),
                                                   ports);
    QVERIFY2(plan, plan ? "" : qPrintable(plan.error().fullText()));
    // The firmware is on the board: nothing is flashed again.
    QCOMPARE(plan->settings.firstStep, DeploymentStep::Connect);
    QCOMPARE(plan->settings.lastStep, DeploymentStep::Run);
    QCOMPARE(plan->settings.projectDir, project);
    QCOMPARE(plan->settings.serialPort, expectedPort);
    QCOMPARE(plan->board, QStringLiteral("nucleo-f446re"));
    QCOMPARE(plan->settings.baudRate, 115200);
    QCOMPARE(!plan->note.isEmpty(), noted);
    QCOMPARE(plan->project.templateName, QStringLiteral("stm32"));
}

void tst_RunAgainPlan::realBoardNotPluggedIn()
{
    QTemporaryDir root;
    const QString project = makeProject(root,
                                        QStringLiteral("project"),
                                        QStringLiteral("stm32"),
                                        QStringLiteral("nucleo-f446re"),
                                        QStringLiteral("/dev/ttyACM0"));
    const Result<RunAgainPlan> plan = planRunAgain(project,
                                                   QString::fromLatin1(nucleoSerial),
                                                   {stlinkPort(QStringLiteral("ttyACM0"),
                                                               QStringLiteral("OTHERBOARD01"))});
    QVERIFY(!plan);
    // Which board, and what to do: never another board that happens to be plugged in.
    QVERIFY2(plan.error().message.contains(QString::fromLatin1(nucleoSerial)),
             qPrintable(plan.error().fullText()));
    QVERIFY2(plan.error().message.contains(QStringLiteral("nucleo-f446re")),
             qPrintable(plan.error().fullText()));
    QVERIFY(!plan.error().hint.isEmpty());
}

void tst_RunAgainPlan::emulatedBoardStartsAgainAtFlash()
{
    QTemporaryDir root;
    const QString project = makeProject(root,
                                        QStringLiteral("project"),
                                        QStringLiteral("qemu-cortex-m"),
                                        QStringLiteral("mps2-an385"),
                                        QStringLiteral("/dev/pts/77"));
    QVERIFY(!project.isEmpty());
    // The emulator stopped since (no run/device.json): flashing it starts it again.
    Result<RunAgainPlan> plan = planRunAgain(project, {}, {});
    QVERIFY2(plan, plan ? "" : qPrintable(plan.error().fullText()));
    QCOMPARE(plan->settings.firstStep, DeploymentStep::Flash);
    QVERIFY(plan->settings.serialPort.isEmpty()); // the emulator names its new pty

    // Still running: connect to it.
    QVERIFY(QDir().mkpath(project + QStringLiteral("/run")));
    QFile device(project + QStringLiteral("/run/device.json"));
    QVERIFY(device.open(QIODevice::WriteOnly));
    device.write(R"({"serial_port": "/dev/pts/77"})");
    device.close();
    QVERIFY(projectHasDeviceRecord(project));
    plan = planRunAgain(project, {}, {});
    QVERIFY(plan);
    QCOMPARE(plan->settings.firstStep, DeploymentStep::Connect);
}

void tst_RunAgainPlan::refusesWhatCannotRun_data()
{
    QTest::addColumn<QString>("project"); // "" for a folder that does not exist
    QTest::addColumn<bool>("flashed");
    QTest::addColumn<QString>("says");

    QTest::newRow("deleted project") << QString() << true << QStringLiteral("no longer exists");
    QTest::newRow("never flashed")
        << QStringLiteral("project") << false << QStringLiteral("never flashed");
}

void tst_RunAgainPlan::refusesWhatCannotRun()
{
    QFETCH(QString, project);
    QFETCH(bool, flashed);
    QFETCH(QString, says);
    QTemporaryDir root;
    QString dir = root.filePath(QStringLiteral("gone"));
    if (!project.isEmpty()) {
        dir = makeProject(root,
                          project,
                          QStringLiteral("qemu-cortex-m"),
                          QStringLiteral("mps2-an385"),
                          QString(),
                          flashed);
        QVERIFY(!dir.isEmpty());
    }
    const Result<RunAgainPlan> plan = planRunAgain(dir, {}, {});
    QVERIFY(!plan);
    QCOMPARE(plan.error().code, ErrorCode::NotFound);
    QVERIFY2(plan.error().message.contains(says), qPrintable(plan.error().fullText()));
    QVERIFY(!plan.error().hint.isEmpty());
}

QTEST_GUILESS_MAIN(tst_RunAgainPlan)
#include "tst_runagainplan.moc"
