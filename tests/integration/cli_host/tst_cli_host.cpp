#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// End to end through the command-line tool: our host template's real server, the real C
// compiler, the real linaro MLF sample.
class tst_CliHost : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void templatesListsTheBundledOnes();
    void generateAndBuildTheLinaroSample();

private:
    int run(const QStringList &arguments, QString *out = nullptr, QString *err = nullptr);

    QTemporaryDir m_dir;
};

namespace {
const QString cliPath = TINYDEPLOY_BINARY_DIR "/bin/tinydeploy-cli";
const QString sample = TINYDEPLOY_SHARED_DIR "/mlf-samples/linaro_sine_v5.tar";
const QString hostTemplate = TINYDEPLOY_SOURCE_DIR "/firmware_templates/host";
} // namespace

void tst_CliHost::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(QFileInfo(cliPath).isExecutable());
    if (!QFileInfo::exists(sample))
        QSKIP("The shared MLF samples are missing (../shared/mlf-samples).");
    for (const char *tool : {"python3", "make", "cc"}) {
        if (QStandardPaths::findExecutable(tool).isEmpty())
            QSKIP(qPrintable(QString("%1 is not installed.").arg(tool)));
    }
}

int tst_CliHost::run(const QStringList &arguments, QString *out, QString *err)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("XDG_CONFIG_HOME", m_dir.filePath("config"));
    env.insert("XDG_CACHE_HOME", m_dir.filePath("cache"));
    env.insert("XDG_DATA_HOME", m_dir.filePath("data")); // the deployment records
    env.insert("PYTHONDONTWRITEBYTECODE", "1");
    env.remove("TINYDEPLOY_TEMPLATE_PATH");
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_dir.path());
    process.start(cliPath, arguments);
    if (!process.waitForFinished(240000)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    if (out)
        *out = QString::fromUtf8(process.readAllStandardOutput());
    const QString stderrText = QString::fromUtf8(process.readAllStandardError());
    if (err)
        *err = stderrText;
    if (process.exitCode() != 0)
        qWarning().noquote() << stderrText;
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
}

void tst_CliHost::templatesListsTheBundledOnes()
{
    // The build copies firmware_templates/ beside bin/: found without any configuration.
    QString out;
    QCOMPARE(run({"templates", "--json"}, &out), 0);
    const QJsonArray list = QJsonDocument::fromJson(out.toUtf8()).array();
    QStringList names;
    for (const QJsonValue &value : list) {
        names << value["name"].toString();
        QCOMPARE(value["source"].toString(), "bundled");
    }
    QVERIFY2(names.contains("host"), qPrintable(out));
    QVERIFY(names.contains("qemu-cortex-m"));
    QVERIFY(!names.contains("common"));
}

void tst_CliHost::generateAndBuildTheLinaroSample()
{
    QString out;
    QString err;
    QCOMPARE(run({"generate", hostTemplate, sample, "project"}, &out, &err), 0);
    const QString project = m_dir.filePath("project");
    QVERIFY(QFileInfo(project + "/microtvm_api_server.py").isFile());
    QVERIFY(QFileInfo(project + "/.tinydeploy/project.json").isFile());

    QCOMPARE(run({"build", "project"}, &out, &err), 0);
    QVERIFY2(err.contains("| "), qPrintable(err)); // the build log was streamed
    QVERIFY(out.contains("Built"));
    QVERIFY(QFileInfo(project + "/build/tinydeploy_runner").isExecutable());
}

QTEST_GUILESS_MAIN(tst_CliHost)
#include "tst_cli_host.moc"
