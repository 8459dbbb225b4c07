// A real STM32 board on USB: the whole deployment of the int8 digits sample with openocd and
// with st-flash, every sample predicted right on the silicon (cycle counts not emulated).
// Skipped with the reason when `st-info --probe` finds no ST-LINK. The board is
// TINYDEPLOY_STM32_BOARD (default nucleo-f446re); its serial port TINYDEPLOY_STM32_PORT (default:
// the one the flashing layer finds for the ST-LINK's serial number).

#include "stm32support.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Stm32Test;

class tst_Stm32Hardware : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void deploy_data();
    void deploy();

private:
    QTemporaryDir m_dir;
    int m_probes = 0;
};

void tst_Stm32Hardware::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (QStandardPaths::findExecutable(QStringLiteral("st-info")).isEmpty())
        QSKIP("st-info is not installed (stlink-tools): cannot look for a plugged ST-LINK");
    QProcess probe;
    probe.start(QStringLiteral("st-info"), {QStringLiteral("--probe")});
    QVERIFY(probe.waitForFinished(30000));
    const QString text = QString::fromUtf8(probe.readAllStandardOutput());
    const QRegularExpressionMatch found
        = QRegularExpression(QStringLiteral("Found (\\d+) stlink programmers")).match(text);
    QVERIFY2(found.hasMatch(), qPrintable(text));
    m_probes = found.captured(1).toInt();
}

void tst_Stm32Hardware::deploy_data()
{
    QTest::addColumn<QString>("flasher");
    QTest::newRow("openocd") << QStringLiteral("openocd");
    QTest::newRow("st-flash") << QStringLiteral("stflash");
}

void tst_Stm32Hardware::deploy()
{
    QFETCH(QString, flasher);
    if (m_probes == 0)
        QSKIP("no board plugged in: st-info --probe found 0 ST-LINK programmers");
    const QString board = qEnvironmentVariable("TINYDEPLOY_STM32_BOARD",
                                               QStringLiteral("nucleo-f446re"));
    QStringList arguments{QStringLiteral("deploy"),
                          samplesDir + QStringLiteral("/digits_int8.tar"),
                          QStringLiteral("--template"),
                          QStringLiteral("stm32"),
                          QStringLiteral("-o"),
                          QStringLiteral("board=") + board,
                          QStringLiteral("-o"),
                          QStringLiteral("flasher=") + flasher,
                          QStringLiteral("--json")};
    if (qEnvironmentVariableIsSet("TINYDEPLOY_STM32_PORT"))
        arguments << QStringLiteral("--port") << qEnvironmentVariable("TINYDEPLOY_STM32_PORT");
    const CliRun run = runCli(m_dir.path(), arguments);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject json = run.json();
    const QJsonArray results = json.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 5);
    for (const QJsonValue &value : results) {
        const QJsonObject result = value.toObject();
        QCOMPARE(result.value(QStringLiteral("predicted")).toInt(-1),
                 result.value(QStringLiteral("true_class")).toInt(-2));
        QCOMPARE(result.value(QStringLiteral("latency"))
                     .toObject()
                     .value(QStringLiteral("emulated"))
                     .toBool(),
                 false);
    }
    const QString hello
        = json.value(QStringLiteral("device")).toObject().value(QStringLiteral("board")).toString();
    qInfo().noquote() << "device:" << hello;
    QVERIFY2(hello.contains(QStringLiteral("MHz PLL")), qPrintable(hello));
}

QTEST_GUILESS_MAIN(tst_Stm32Hardware)
#include "tst_stm32_hardware.moc"
