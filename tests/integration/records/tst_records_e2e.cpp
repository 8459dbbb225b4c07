// Records of real deployments: tinydeploy-cli deploy on the host template, ended normally,
// cancelled (SIGINT) during build and killed (SIGKILL) during build. The build is held at a
// gate: a `cc` first on PATH that waits on a FIFO until the test opens it, then runs the real
// compiler.

#include <QCryptographicHash>
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
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

const QString cliPath = QStringLiteral(TINYDEPLOY_BINARY_DIR "/bin/tinydeploy-cli");
constexpr int deployTimeoutMs = 240000;

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

// Processes whose command line names @p root (the servers, make, the gate of a killed CLI).
QList<qint64> processesUnder(const QString &root)
{
    QList<qint64> pids;
    const QStringList entries = QDir("/proc").entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (!numeric || pid == qint64(::getpid()))
            continue;
        QFile cmdline("/proc/" + entry + "/cmdline");
        if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(root.toUtf8()))
            pids << pid;
    }
    return pids;
}

} // namespace

class tst_RecordsE2e : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void normalEndKeepsEverything();
    void cancelDuringBuild();
    void killDuringBuild();

private:
    void start(QProcess &process, const QStringList &arguments, bool gated);
    QJsonObject history(const QStringList &arguments);
    QString recordFolder() const;
    void openGate();

    QTemporaryDir m_dir;
    QString m_case;
    QString m_gate;
};

void tst_RecordsE2e::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(QFileInfo(cliPath).isExecutable());
    const QString cc = QStandardPaths::findExecutable("cc");
    if (cc.isEmpty())
        QSKIP("No C compiler (cc): the host template cannot build");
    // The gate: a cc that waits until the test opens it, then is the real one.
    QVERIFY(QDir().mkpath(m_dir.filePath("bin")));
    QFile wrapper(m_dir.filePath("bin/cc"));
    QVERIFY(wrapper.open(QIODevice::WriteOnly));
    wrapper.write("#!/bin/sh\n"
                  "if [ -n \"$TD_TEST_GATE\" ] && [ ! -e \"$TD_TEST_GATE.open\" ]; then\n"
                  "  : > \"$TD_TEST_GATE.reached\"\n"
                  "  read line < \"$TD_TEST_GATE\"\n"
                  "fi\n"
                  "exec "
                  + cc.toUtf8() + " \"$@\"\n");
    wrapper.close();
    QVERIFY(wrapper.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
}

void tst_RecordsE2e::init()
{
    m_case = m_dir.filePath(QTest::currentTestFunction());
    QVERIFY(QDir().mkpath(m_case));
    m_gate = m_case + "/gate";
    QCOMPARE(::mkfifo(QFile::encodeName(m_gate).constData(), 0600), 0);
}

void tst_RecordsE2e::cleanup()
{
    openGate();
    // What a killed CLI left: its server, make and compilers under this case's folder.
    QTRY_VERIFY_WITH_TIMEOUT(
        processesUnder(m_case).isEmpty() ||
            [this] {
                for (const qint64 pid : processesUnder(m_case))
                    ::kill(pid_t(pid), SIGKILL);
                return false;
            }(),
        20000);
}

void tst_RecordsE2e::openGate()
{
    QFile open(m_gate + ".open");
    open.open(QIODevice::WriteOnly);
    open.close();
    // Releases the compilers waiting now (O_NONBLOCK: no one may be waiting).
    const int fd = ::open(QFile::encodeName(m_gate).constData(), O_WRONLY | O_NONBLOCK);
    if (fd >= 0) {
        const QByteArray lines(64, '\n');
        [[maybe_unused]] const ssize_t written = ::write(fd,
                                                         lines.constData(),
                                                         size_t(lines.size()));
        ::close(fd);
    }
}

void tst_RecordsE2e::start(QProcess &process, const QStringList &arguments, bool gated)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("XDG_DATA_HOME", m_case + "/data");
    env.insert("XDG_CONFIG_HOME", m_case + "/config");
    env.insert("XDG_CACHE_HOME", m_case + "/cache");
    env.insert("PYTHONDONTWRITEBYTECODE", "1");
    env.insert("PATH", m_dir.filePath("bin") + ":" + env.value("PATH"));
    if (gated)
        env.insert("TD_TEST_GATE", m_gate);
    else
        openGate();
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(QStringLiteral(TINYDEPLOY_SOURCE_DIR));
    process.start(cliPath, arguments);
}

QJsonObject tst_RecordsE2e::history(const QStringList &arguments)
{
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    start(process, QStringList{"history", "--json"} + arguments, false);
    if (!finished.wait(60000))
        return {};
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

QString tst_RecordsE2e::recordFolder() const
{
    const QDir root(m_case + "/data/TinyDeploy/tinydeploy-cli/deployments");
    const QStringList names = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    return names.size() == 1 ? root.filePath(names.first()) : QString();
}

void tst_RecordsE2e::normalEndKeepsEverything()
{
    QProcess deploy;
    QSignalSpy finished(&deploy, &QProcess::finished);
    start(deploy, {"deploy", "resources/samples/digits_float32.tar", "--template", "host"}, false);
    QVERIFY(finished.wait(deployTimeoutMs));
    QVERIFY2(deploy.exitCode() == 0, deploy.readAllStandardError().constData());

    const QString record = recordFolder();
    QVERIFY(!record.isEmpty());
    const QJsonObject deployment = readJson(record + "/deployment.json");
    QCOMPARE(deployment.value("state").toString(), QString("finished"));
    QVERIFY(!deployment.contains("current_step"));
    QCOMPARE(deployment.value("serial_number").toString(), QString()); // emulated: none
    QCOMPARE(deployment.value("run_protocol").toString(), QString("framed"));
    QVERIFY(deployment.value("process").toObject().value("pid").toInteger() > 0);
    // The firmware: the runner the build made, measured and hashed.
    const QJsonObject firmware = deployment.value("firmware").toObject();
    const QString runner = record + "/project/build/tinydeploy_runner";
    QCOMPARE(firmware.value("path").toString(), runner);
    QCOMPARE(firmware.value("source").toString(), QString("build_folder"));
    QCOMPARE(firmware.value("sha256").toString(), sha256Of(runner));
    QCOMPARE(firmware.value("file_bytes").toInteger(), QFileInfo(runner).size());
    QVERIFY(firmware.value("text_bytes").toInteger() > 0);
    QCOMPARE(deployment.value("summary").toObject().value("agreeing").toInt(), 5);

    const QJsonArray records = history({"--result", "finished"}).value("records").toArray();
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().toObject().value("folder").toString(), record);
    QCOMPARE(records.first().toObject().value("board").toString(), QString("host"));

    QProcess report;
    QSignalSpy reported(&report, &QProcess::finished);
    start(report,
          {"report",
           QFileInfo(record).fileName(),
           "--html",
           m_case + "/r.html",
           "--json",
           m_case + "/r.json"},
          false);
    QVERIFY(reported.wait(60000));
    QVERIFY2(report.exitCode() == 0, report.readAllStandardError().constData());
    QCOMPARE(readJson(m_case + "/r.json").value("firmware").toObject().value("sha256").toString(),
             sha256Of(runner));
    QVERIFY(QFileInfo(m_case + "/r.html").size() > 0);

    // delete removes the folder; history then lists nothing.
    QProcess remove;
    QSignalSpy removed(&remove, &QProcess::finished);
    start(remove, {"history", "delete", QFileInfo(record).fileName()}, false);
    QVERIFY(removed.wait(60000));
    QCOMPARE(remove.exitCode(), 0);
    QVERIFY(!QFileInfo::exists(record));
    QCOMPARE(history({}).value("records").toArray().size(), 0);
}

void tst_RecordsE2e::cancelDuringBuild()
{
    QProcess deploy;
    QSignalSpy finished(&deploy, &QProcess::finished);
    start(deploy, {"deploy", "resources/samples/digits_float32.tar", "--template", "host"}, true);
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(m_gate + ".reached"), deployTimeoutMs);
    const QString record = recordFolder();
    QCOMPARE(readJson(record + "/deployment.json").value("current_step").toString(),
             QString("build"));
    ::kill(pid_t(deploy.processId()), SIGINT);
    QVERIFY(finished.wait(60000));
    QCOMPARE(deploy.exitCode(), 130);
    const QJsonObject deployment = readJson(record + "/deployment.json");
    QCOMPARE(deployment.value("state").toString(), QString("cancelled"));
    const QJsonArray records = history({"--result", "cancelled"}).value("records").toArray();
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().toObject().value("step").toString(), QString("build"));
}

void tst_RecordsE2e::killDuringBuild()
{
    QProcess deploy;
    QSignalSpy finished(&deploy, &QProcess::finished);
    start(deploy, {"deploy", "resources/samples/digits_float32.tar", "--template", "host"}, true);
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(m_gate + ".reached"), deployTimeoutMs);
    const QString record = recordFolder();
    QVERIFY(!record.isEmpty());
    ::kill(pid_t(deploy.processId()), SIGKILL);
    QVERIFY(finished.wait(60000));
    QCOMPARE(deploy.exitStatus(), QProcess::CrashExit);

    // The record says where it stopped; history shows it interrupted at build.
    const QJsonObject deployment = readJson(record + "/deployment.json");
    QCOMPARE(deployment.value("state").toString(), QString("building"));
    QCOMPARE(deployment.value("current_step").toString(), QString("build"));
    const QJsonObject listed = history({"--result", "interrupted"});
    const QJsonArray records = listed.value("records").toArray();
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().toObject().value("step").toString(), QString("build"));
    QCOMPARE(records.first().toObject().value("folder").toString(), record);
    QVERIFY(listed.value("errors").toArray().isEmpty());
}

QTEST_GUILESS_MAIN(tst_RecordsE2e)
#include "tst_records_e2e.moc"
