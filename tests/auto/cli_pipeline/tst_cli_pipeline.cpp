// One pipeline for the GUI and the CLI: a project that the core Deployment generated (as the
// GUI does, stopping after Generate) is built and flashed by `tinydeploy-cli` with the options
// given at generate time, and the CLI's flash writes what the project remembers.

#include "fakes/fakeserver.h"

#include <deploy/deployment.h>
#include <deploy/projectstate.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace TinyDeploy;
using namespace TinyDeploy::Deploy;

namespace {

const QString cliPath = TINYDEPLOY_BINARY_DIR "/bin/tinydeploy-cli";
const QString model = TINYDEPLOY_SOURCE_DIR "/resources/samples/digits_float32.tar";

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class tst_CliPipeline : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cliBuildsAProjectTheCoreGeneratedWithItsOptions();
    void runAsksForAPortOnlyOnTheSerialLink_data();
    void runAsksForAPortOnlyOnTheSerialLink();

private:
    QProcessEnvironment environment() const;
    Run run(const QStringList &arguments) const;

    QTemporaryDir m_dir;
    QString m_template;
    QString m_wireLog;
};

void tst_CliPipeline::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFileInfo(cliPath).isExecutable(), qPrintable(cliPath));
    if (QStandardPaths::findExecutable("python3").isEmpty())
        QSKIP("python3 is needed to run the fake template server.");
    FakeServer::becomeSubreaper();
    QVERIFY(m_dir.isValid());
    m_template = m_dir.filePath("templates/fake");
    QVERIFY(FakeServer::makeServerDir(m_template));
    m_wireLog = m_dir.filePath("wire.log");
}

QProcessEnvironment tst_CliPipeline::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("XDG_CONFIG_HOME", m_dir.filePath("config"));
    env.insert("XDG_CACHE_HOME", m_dir.filePath("cache"));
    env.insert("XDG_DATA_HOME", m_dir.filePath("data"));
    env.insert("FAKE_SERVER_WIRE_LOG", m_wireLog);
    env.insert("PYTHONDONTWRITEBYTECODE", "1");
    env.remove("FAKE_SERVER_BEHAVIOUR");
    env.remove("TINYDEPLOY_TEMPLATE_PATH");
    return env;
}

Run tst_CliPipeline::run(const QStringList &arguments) const
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.setWorkingDirectory(m_dir.path());
    process.start(cliPath, arguments);
    Run result;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void tst_CliPipeline::cliBuildsAProjectTheCoreGeneratedWithItsOptions()
{
    // Generate only, as the GUI's Deployment does it, with a value that is not the default.
    const QString project = m_dir.filePath("project");
    Deployment deployment;
    DeploymentSettings settings;
    settings.modelPath = model;
    settings.templateDir = m_template;
    settings.projectDir = project;
    settings.recordsRoot = m_dir.filePath("records");
    settings.optionValues = QJsonObject{{"project_type", "host_driven"}};
    settings.optionAssignments = {"workspace_size_bytes=4096"};
    settings.lastStep = DeploymentStep::Generate;
    deployment.setSettings(settings);
    deployment.setServerEnvironment(environment());
    QSignalSpy finished(&deployment, &Deployment::finished);
    QSignalSpy started(&deployment, &Deployment::stepStarted);
    QVERIFY(deployment.start());
    QVERIFY(finished.wait(60000));
    QCOMPARE(deployment.state(), DeploymentState::Finished);
    QCOMPARE(started.size(), 1); // nothing after Generate
    QVERIFY(!deployment.stepRecords().at(int(DeploymentStep::Build)).done);

    const Result<std::optional<ProjectState>> state = ProjectState::load(project);
    QVERIFY(state && *state);
    QCOMPARE((*state)->templateDir, m_template);
    QCOMPARE((*state)->modelPath, model);
    QCOMPARE((*state)->options.value("workspace_size_bytes").toInt(), 4096);
    QVERIFY(!(*state)->options.contains("verbose")); // the user's values, not the defaults

    // The CLI builds it with those options, plus its own.
    const Run build = run({"build", "project", "-o", "verbose=true"});
    QVERIFY2(build.exitCode == 0, qPrintable(build.err));
    QVERIFY2(build.err.contains("| fake build: compiling main.c"), qPrintable(build.err));
    QVERIFY(build.out.contains("Built"));
    const QJsonObject built = FakeServer::readJson(project + "/build/options.json");
    QCOMPARE(built.value("workspace_size_bytes").toInt(), 4096); // given at generate
    QCOMPARE(built.value("project_type").toString(), "host_driven");
    QCOMPARE(built.value("verbose").toBool(), true); // given to build

    // The CLI's flash writes what the project remembers: the port, for `run` later.
    const Run flash = run({"flash", "project"});
    QVERIFY2(flash.exitCode == 0, qPrintable(flash.err));
    QVERIFY(flash.out.contains("Serial port: /dev/null"));
    const Result<std::optional<ProjectState>> flashed = ProjectState::load(project);
    QVERIFY(flashed && *flashed);
    QCOMPARE((*flashed)->serialPort, "/dev/null");
    QVERIFY((*flashed)->flashed.isValid());
    QCOMPARE((*flashed)->options.value("workspace_size_bytes").toInt(), 4096);
    QCOMPARE(rememberedSerialPort(project).value_or(QString()), "/dev/null");
    QTRY_VERIFY_WITH_TIMEOUT(FakeServer::noChildrenLeft(), 5000);
}

QTEST_GUILESS_MAIN(tst_CliPipeline)
#include "tst_cli_pipeline.moc"

void tst_CliPipeline::runAsksForAPortOnlyOnTheSerialLink_data()
{
    QTest::addColumn<QByteArray>("flashResult");
    QTest::addColumn<QString>("executor");
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("asksForPort");
    const QByteArray systemLib = "const TVMModule* TVMSystemLibEntryPoint(void) { return 0; }";
    // TVM's CRT host template flashes to null; its device is the server's child.
    QTest::newRow("TVM CRT host, graph: the transport, no port")
        << QByteArray("null") << "graph" << systemLib
        << "microTVM RPC, graph executor, over the Project API transport" << false;
    QTest::newRow("TVM CRT host, AOT C interface: why not, and what to do")
        << QByteArray("null") << "aot" << QByteArray("int32_t tvmgen_default_run(void) {}")
        << "only runs in standalone firmware" << false;
    QTest::newRow("our standalone project without a port: the port question")
        << QByteArray(R"({"serial_port": "", "project_type": "standalone"})") << "aot"
        << QByteArray() << "does not remember a serial port" << true;
}

void tst_CliPipeline::runAsksForAPortOnlyOnTheSerialLink()
{
    QFETCH(QByteArray, flashResult);
    QFETCH(QString, executor);
    QFETCH(QByteArray, code);
    QFETCH(QString, expected);
    QFETCH(bool, asksForPort);
    // A flashed project as the template left it (no server: the run stops after deciding).
    const QString project = m_dir.filePath(QStringLiteral("flashed-%1")
                                               .arg(QTest::currentDataTag())
                                               .replace(QLatin1Char(' '), QLatin1Char('_')));
    QVERIFY(QDir().mkpath(project + "/model/codegen/host/src"));
    QFile metadata(project + "/model/metadata.json");
    QVERIFY(metadata.open(QIODevice::WriteOnly));
    metadata.write(
        QJsonDocument(QJsonObject{{"version", 7},
                                  {"modules",
                                   QJsonObject{{"default",
                                                QJsonObject{{"executors", QJsonArray{executor}},
                                                            {"style", "full-model"},
                                                            {"target", QJsonArray{"c"}}}}}}})
            .toJson());
    metadata.close();
    QFile source(project + "/model/codegen/host/src/default_lib0.c");
    QVERIFY(source.open(QIODevice::WriteOnly));
    source.write(code);
    source.close();
    ProjectState state;
    state.templateName = QStringLiteral("crt");
    state.flashResult = QJsonDocument::fromJson("[" + flashResult + "]").array().first();
    state.flashed = QDateTime::currentDateTimeUtc();
    QVERIFY(state.save(project));

    const Run ran = run({"run", project, "--verbose"});
    QCOMPARE(ran.exitCode, 1);
    QVERIFY2(ran.err.contains(expected), qPrintable(ran.err));
    QCOMPARE(ran.err.contains("does not remember a serial port"), asksForPort);
}
