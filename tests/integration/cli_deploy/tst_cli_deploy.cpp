// tinydeploy-cli deploy and run end to end on QEMU: the JSON outcome names the predicted digit,
// the emulated device is stopped at exit, and Ctrl+C cancels with exit status 130.

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

const QString cliPath = QStringLiteral(TINYDEPLOY_BINARY_DIR "/bin/tinydeploy-cli");
const QString samplesDir = QStringLiteral(TINYDEPLOY_SOURCE_DIR "/resources/samples");
constexpr int deployTimeoutMs = 240000;

// True while any process (QEMU, make, a compiler, a server) names a path under @p root.
bool processRunsUnder(const QString &root)
{
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool numeric = false;
        entry.toLongLong(&numeric);
        if (!numeric)
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(entry));
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = cmdline.readAll();
        if (text.contains(root.toUtf8()))
            return true;
    }
    return false;
}

} // namespace

class tst_CliDeploy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void deployPrintsPredictedDigit();
    void keepRunningThenRun();
    void ctrlCCancels();

private:
    void startCli(QProcess &process, const QStringList &arguments);

    QTemporaryDir m_dir;
};

void tst_CliDeploy::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(QFileInfo(cliPath).isExecutable());
}

void tst_CliDeploy::startCli(QProcess &process, const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Records, settings and caches go to the test's folder, not the user's.
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(QStringLiteral(TINYDEPLOY_SOURCE_DIR));
    process.start(cliPath, arguments);
}

void tst_CliDeploy::deployPrintsPredictedDigit()
{
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    startCli(process,
             {QStringLiteral("deploy"),
              QStringLiteral("resources/samples/digits_float32.tar"),
              QStringLiteral("--template"),
              QStringLiteral("qemu-cortex-m"),
              QStringLiteral("-o"),
              QStringLiteral("board=mps2-an385"),
              QStringLiteral("--json")});
    QVERIFY(finished.wait(deployTimeoutMs));
    const QByteArray errors = process.readAllStandardError();
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 0, errors.constData());

    QJsonParseError parseError;
    const QJsonObject json = QJsonDocument::fromJson(process.readAllStandardOutput(), &parseError)
                                 .object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("finished"));
    QCOMPARE(json.value(QStringLiteral("ok")).toBool(), true);
    // sample_0 is a handwritten 0.
    QCOMPARE(json.value(QStringLiteral("predicted")).toInt(-1), 0);
    QCOMPARE(json.value(QStringLiteral("predicted_label")).toString(), QStringLiteral("0"));
    const QJsonArray results = json.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 5);
    for (const QJsonValue &value : results) {
        const QJsonObject result = value.toObject();
        QCOMPARE(result.value(QStringLiteral("predicted")).toInt(-1),
                 result.value(QStringLiteral("true_class")).toInt(-2));
        QCOMPARE(result.value(QStringLiteral("agrees_with_expected")).toBool(), true);
        QCOMPARE(result.value(QStringLiteral("latency"))
                     .toObject()
                     .value(QStringLiteral("emulated"))
                     .toBool(),
                 true);
    }
    QCOMPARE(json.value(QStringLiteral("device")).toObject().value(QStringLiteral("board")).toString(),
             QStringLiteral("mps2-an385"));
    const QString record = json.value(QStringLiteral("record")).toString();
    QVERIFY(QFile::exists(record + QStringLiteral("/deployment.json")));
    QVERIFY(QFile::exists(record + QStringLiteral("/results.json")));
    // Without --keep-running the emulated board is stopped at exit.
    const QString project = json.value(QStringLiteral("project_dir")).toString();
    QVERIFY(!QFile::exists(project + QStringLiteral("/run/device.json")));
    QTRY_VERIFY_WITH_TIMEOUT(!processRunsUnder(project), 2000);
}

void tst_CliDeploy::keepRunningThenRun()
{
    const QString project = m_dir.filePath(QStringLiteral("kept"));
    QProcess deploy;
    QSignalSpy deployed(&deploy, &QProcess::finished);
    startCli(deploy,
             {QStringLiteral("deploy"),
              QStringLiteral("resources/samples/digits_int8.tar"),
              QStringLiteral("--template"),
              QStringLiteral("qemu-cortex-m"),
              QStringLiteral("--project-dir"),
              project,
              QStringLiteral("--keep-running")});
    QVERIFY(deployed.wait(deployTimeoutMs));
    QVERIFY2(deploy.exitCode() == 0, deploy.readAllStandardError().constData());
    const QString text = QString::fromUtf8(deploy.readAllStandardOutput());
    QVERIFY2(text.contains(QStringLiteral("5 of 5 agree")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("(emulated)")));
    QVERIFY(QFile::exists(project + QStringLiteral("/run/device.json")));

    QProcess run;
    QSignalSpy ran(&run, &QProcess::finished);
    startCli(run,
             {QStringLiteral("run"),
              project,
              QStringLiteral("--input"),
              samplesDir + QStringLiteral("/inputs/int8/sample_3.npy"),
              QStringLiteral("--runs"),
              QStringLiteral("3"),
              QStringLiteral("--json")});
    QVERIFY(ran.wait(60000));
    QVERIFY2(run.exitCode() == 0, run.readAllStandardError().constData());
    const QJsonObject json = QJsonDocument::fromJson(run.readAllStandardOutput()).object();
    QCOMPARE(json.value(QStringLiteral("predicted")).toInt(-1), 7);
    const QJsonObject result = json.value(QStringLiteral("results")).toArray().first().toObject();
    QCOMPARE(result.value(QStringLiteral("agrees_with_expected")).toBool(), true);
    QCOMPARE(result.value(QStringLiteral("latency")).toObject().value(QStringLiteral("runs")).toInt(),
             3);

    // `run` leaves the device as it was; stop it the documented way.
    QProcess stop;
    QSignalSpy stopped(&stop, &QProcess::finished);
    stop.setWorkingDirectory(project);
    stop.start(QStringLiteral("python3"),
               {QStringLiteral("-m"), QStringLiteral("tdserver"), QStringLiteral("stop")});
    QVERIFY(stopped.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(!processRunsUnder(project), 5000);
}

void tst_CliDeploy::ctrlCCancels()
{
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    startCli(process,
             {QStringLiteral("deploy"),
              QStringLiteral("resources/samples/digits_float32.tar"),
              QStringLiteral("--template"),
              QStringLiteral("qemu-cortex-m"),
              QStringLiteral("--project-dir"),
              m_dir.filePath(QStringLiteral("interrupted")),
              QStringLiteral("--verbose")});
    // Interrupt once the build is under way.
    QByteArray errors;
    QTRY_VERIFY_WITH_TIMEOUT((errors += process.readAllStandardError()).contains("== Build =="),
                             deployTimeoutMs);
    QCOMPARE(::kill(pid_t(process.processId()), SIGINT), 0);
    QVERIFY(finished.wait(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 130);
    QVERIFY(
        QString::fromUtf8(process.readAllStandardOutput()).contains(QStringLiteral("Cancelled")));
    QTRY_VERIFY_WITH_TIMEOUT(!processRunsUnder(m_dir.filePath(QStringLiteral("interrupted"))), 2000);
}

QTEST_GUILESS_MAIN(tst_CliDeploy)
#include "tst_cli_deploy.moc"
