// `tinydeploy-cli doctor`: the real executable on real ports (a pty, held open by a child
// process or not) and on a port that does not exist; its exit codes and JSON.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

class tst_CliDoctor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void usage_data();
    void usage();
    void portThatDoesNotExist();
    void freePort();
    void portHeldByAnotherProgram();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Run cli(const QStringList &arguments);
    static QJsonObject firstFinding(const Run &run);

    int m_master = -1;
    QString m_pty;
};

void tst_CliDoctor::init()
{
    m_master = ::posix_openpt(O_RDWR | O_NOCTTY);
    QVERIFY(m_master >= 0);
    QVERIFY(::grantpt(m_master) == 0 && ::unlockpt(m_master) == 0);
    m_pty = QString::fromLocal8Bit(::ptsname(m_master));
}

void tst_CliDoctor::cleanup()
{
    ::close(m_master);
}

tst_CliDoctor::Run tst_CliDoctor::cli(const QStringList &arguments)
{
    QProcess process;
    process.start(TINYDEPLOY_BINARY_DIR "/bin/tinydeploy-cli",
                  QStringList{QStringLiteral("doctor")} + arguments);
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QJsonObject tst_CliDoctor::firstFinding(const Run &run)
{
    return QJsonDocument::fromJson(run.out).object().value("findings").toArray().first().toObject();
}

void tst_CliDoctor::usage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("two ports") << QStringList{"/dev/ttyACM0", "/dev/ttyACM1"};
    QTest::newRow("watch zero") << QStringList{"--watch", "0"};
    QTest::newRow("watch text") << QStringList{"--watch", "soon"};
}

void tst_CliDoctor::usage()
{
    QFETCH(QStringList, arguments);
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
}

void tst_CliDoctor::portThatDoesNotExist()
{
    const Run run = cli({"ttyACM97", "--json"}); // a bare name means /dev/NAME
    QCOMPARE(run.exitCode, 1);
    const QJsonObject finding = firstFinding(run);
    QCOMPARE(finding.value("port").toString(), QStringLiteral("/dev/ttyACM97"));
    QCOMPARE(finding.value("problem").toString(), QStringLiteral("gone"));
    QVERIFY(finding.value("fix").toString().contains("Plug the board in"));

    const Run text = cli({"/dev/ttyACM97"});
    QCOMPARE(text.exitCode, 1);
    QVERIFY2(text.out.contains("/dev/ttyACM97 does not exist."), text.out.constData());
    QVERIFY2(text.out.contains("What to do: "), text.out.constData());
}

void tst_CliDoctor::freePort()
{
    const Run run = cli({m_pty, "--json"});
    const QJsonObject finding = firstFinding(run);
    QCOMPARE(finding.value("problem").toString(), QStringLiteral("ok"));
    // Only the advice that ModemManager may probe a ttyACM port could follow; a pty is none.
    QCOMPARE(run.exitCode, 0);
}

void tst_CliDoctor::portHeldByAnotherProgram()
{
    QProcess holder;
    holder.start(QStringLiteral("python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import os, sys\n"
                                 "fd = os.open(sys.argv[1], os.O_RDWR | os.O_NOCTTY)\n"
                                 "print('open', flush=True)\n"
                                 "sys.stdin.read()\n"),
                  m_pty});
    QVERIFY(holder.waitForStarted(30000));
    QByteArray said;
    QTRY_VERIFY_WITH_TIMEOUT((said += holder.readAllStandardOutput()).contains("open")
                                 || holder.state() == QProcess::NotRunning,
                             30000);
    QVERIFY2(holder.state() == QProcess::Running, holder.readAllStandardError().constData());

    const Run run = cli({m_pty, "--json"});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject finding = firstFinding(run);
    QCOMPARE(finding.value("problem").toString(), QStringLiteral("busy"));
    const QJsonObject who = finding.value("holders").toArray().first().toObject();
    QCOMPARE(who.value("pid").toInteger(), holder.processId());
    QVERIFY(finding.value("fix").toString().contains(QString::number(holder.processId())));

    holder.closeWriteChannel();
    QVERIFY(holder.waitForFinished(30000));
}

QTEST_GUILESS_MAIN(tst_CliDoctor)
#include "tst_cli_doctor.moc"
