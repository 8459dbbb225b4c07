// tinydeploy-cli deploy --boards 8 on emulated boards: the project is built once, eight QEMUs
// are flashed and checked two at a time, board 3 fails (an injected QEMU fault), the others
// pass; the JSON names each row's outcome, the summary and the records; no process is left.

#include "batchfixture.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {
const QString cliPath = QStringLiteral(TINYDEPLOY_BINARY_DIR "/bin/tinydeploy-cli");
constexpr int batchTimeoutMs = 400000;
} // namespace

class tst_BatchCli : public QObject
{
    Q_OBJECT

private slots:
    void eightBoardsOneFails();
    void ctrlCStopsEveryBoard();
    void usageErrors_data();
    void usageErrors();

private:
    QProcessEnvironment environment(const QString &bin) const;
    QTemporaryDir m_dir;
};

QProcessEnvironment tst_BatchCli::environment(const QString &bin) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
    if (!bin.isEmpty())
        env.insert(QStringLiteral("PATH"), bin + u':' + env.value(QStringLiteral("PATH")));
    return env;
}

void tst_BatchCli::eightBoardsOneFails()
{
    QVERIFY(m_dir.isValid());
    const QString flag = m_dir.filePath(QStringLiteral("fail-board-3"));
    QFile(flag).open(QIODevice::WriteOnly);
    const QString bin = BatchFixture::writeFaultyQemu(m_dir.path(), "/boards/03-emulated/", flag);
    if (bin.isEmpty())
        QSKIP("qemu-system-arm is not installed (apt-get install qemu-system-arm)");

    QProcess process;
    process.setProcessEnvironment(environment(bin));
    process.setWorkingDirectory(QStringLiteral(TINYDEPLOY_SOURCE_DIR));
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(cliPath,
                  {"deploy",
                   "resources/samples/digits_float32.tar",
                   "--template",
                   "qemu-cortex-m",
                   "-o",
                   "board=mps2-an385",
                   "--boards",
                   "8",
                   "--jobs",
                   "2",
                   "--label",
                   "1=Front desk",
                   "--json"});
    QVERIFY(finished.wait(batchTimeoutMs));
    const QByteArray errors = process.readAllStandardError();
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 1, errors.constData()); // one board failed
    const QJsonObject json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    QCOMPARE(json.value("state").toString(), QStringLiteral("finished"));
    QCOMPARE(json.value("ok").toBool(true), false);
    QCOMPARE(json.value("build").toObject().value("state").toString(), QStringLiteral("finished"));
    const QJsonObject summary = json.value("summary").toObject();
    QCOMPARE(summary.value("boards").toInt(), 8);
    QCOMPARE(summary.value("passed").toInt(), 7);
    QCOMPARE(summary.value("failed").toInt(), 1);
    QVERIFY(summary.value("reasons").toArray().first().toString().startsWith("emulated 3: "));

    const QJsonArray boards = json.value("boards").toArray();
    QCOMPARE(boards.size(), 8);
    QSet<QString> records;
    for (const QJsonValue &value : boards) {
        const QJsonObject board = value.toObject();
        const int index = board.value("index").toInt();
        const QString record = board.value("record").toString();
        QVERIFY(QFileInfo::exists(record + "/deployment.json"));
        QVERIFY(QFileInfo::exists(record + "/batch.json"));
        records.insert(record);
        QCOMPARE(board.value("attempts").toInt(), 1); // each board flashed once
        if (index == 3) {
            QCOMPARE(board.value("state").toString(), QStringLiteral("failed"));
            QCOMPARE(board.value("step").toString(), QStringLiteral("flash"));
            const QString message = board.value("error").toObject().value("message").toString();
            QVERIFY2(!message.isEmpty(), qPrintable(message));
            continue;
        }
        QCOMPARE(board.value("state").toString(), QStringLiteral("passed"));
        QCOMPARE(board.value("agreement").toObject().value("compared").toInt(), 5);
        QCOMPARE(board.value("agreement").toObject().value("agreeing").toInt(), 5);
        QCOMPARE(board.value("predicted").toString(), QStringLiteral("0"));
        QVERIFY(board.value("latency_us").toDouble() > 0);
        QVERIFY(QFileInfo::exists(record + "/report.html"));
        QVERIFY(board.value("port").toString().startsWith("/dev/pts/")); // its own QEMU
    }
    QCOMPARE(boards.at(0).toObject().value("label").toString(), QStringLiteral("Front desk"));
    QCOMPARE(records.size(), 8);
    const QString folder = json.value("folder").toString();
    QVERIFY(QFileInfo::exists(folder + "/batch.json"));
    QVERIFY(QFileInfo::exists(folder + "/batch.html"));
    // Built once: the build's project, copied per board.
    QVERIFY(QFileInfo::exists(json.value("build").toObject().value("project_dir").toString()
                              + "/build/firmware.elf"));
    QVERIFY(QFileInfo::exists(folder + "/boards/08-emulated/project/build/firmware.elf"));
    QTRY_VERIFY_WITH_TIMEOUT(!BatchFixture::processRunsUnder(m_dir.path() + "/data"), 5000);
}

void tst_BatchCli::ctrlCStopsEveryBoard()
{
    QVERIFY(m_dir.isValid());
    QProcess process;
    process.setProcessEnvironment(environment({}));
    process.setWorkingDirectory(QStringLiteral(TINYDEPLOY_SOURCE_DIR));
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(cliPath,
                  {"deploy",
                   "resources/samples/digits_int8.tar",
                   "--template",
                   "qemu-cortex-m",
                   "--boards",
                   "4",
                   "--jobs",
                   "2",
                   "--json"});
    QVERIFY(process.waitForStarted());
    // Once the boards' phase has begun (a QEMU may be starting), interrupt.
    QByteArray errors;
    QTRY_VERIFY_WITH_TIMEOUT((errors += process.readAllStandardError()).contains("] Flash"),
                             batchTimeoutMs);
    ::kill(pid_t(process.processId()), SIGINT);
    QVERIFY(finished.wait(120000));
    QCOMPARE(process.exitCode(), 130);
    const QJsonObject json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    QCOMPARE(json.value("state").toString(), QStringLiteral("cancelled"));
    QCOMPARE(json.value("summary").toObject().value("cancelled").toInt()
                 + json.value("summary").toObject().value("passed").toInt(),
             4);
    QVERIFY(QFileInfo::exists(json.value("folder").toString() + "/batch.json"));
    QTRY_VERIFY_WITH_TIMEOUT(!BatchFixture::processRunsUnder(m_dir.path() + "/data"), 5000);
}

void tst_BatchCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QStringList base{"deploy",
                           "resources/samples/digits_float32.tar",
                           "--template",
                           "qemu-cortex-m"};
    QTest::newRow("all emulated") << (base + QStringList{"--boards", "all"}) << 1 << "number";
    QTest::newRow("zero") << (base + QStringList{"--boards", "0"}) << 2 << "1 to 64";
    QTest::newRow("jobs") << (base + QStringList{"--boards", "2", "--jobs", "x"}) << 2 << "--jobs";
    QTest::newRow("port") << (base + QStringList{"--boards", "2", "--port", "/dev/ttyACM0"}) << 2
                          << "--port";
    QTest::newRow("label") << (base + QStringList{"--boards", "2", "--label", "9=X"}) << 2
                           << "no board";
}

void tst_BatchCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QProcess process;
    process.setProcessEnvironment(environment({}));
    process.setWorkingDirectory(QStringLiteral(TINYDEPLOY_SOURCE_DIR));
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(cliPath, arguments);
    QVERIFY(finished.wait(60000));
    const QString errors = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitCode(), exitCode);
    QVERIFY2(errors.contains(message), qPrintable(errors));
}

QTEST_GUILESS_MAIN(tst_BatchCli)
#include "tst_batch_cli.moc"
