// Hostile inputs: option values that could break a command line reach the server intact;
// template folders that are broken or wait for a password give a clear error naming the
// folder, within a deadline, in the catalog (which keeps the event loop turning) and in a
// deployment; input tensors that cannot run on the model fail before the project is generated.

#include "fakes/fakeserver.h"

#include <deploy/deployment.h>
#include <templates/templatecatalog.h>
#include <templates/templatelocator.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace TinyDeploy;
using namespace TinyDeploy::Deploy;
using namespace std::chrono_literals;

namespace {

const QString cliPath = QStringLiteral(TINYDEPLOY_BINARY_DIR "/bin/tinydeploy-cli");
const QString samplesDir = QStringLiteral(TINYDEPLOY_SOURCE_DIR "/resources/samples");
constexpr int DeadlineMs = 60000;

bool writeFile(const QString &path, const QByteArray &bytes, QFile::Permissions permissions = {})
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return false;
    file.close();
    return !permissions || file.setPermissions(permissions);
}

constexpr QFile::Permissions Executable = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
constexpr QFile::Permissions NotExecutable = QFile::ReadOwner | QFile::WriteOwner;

/// The requests the fake received (FAKE_SERVER_WIRE_LOG), by method.
QHash<QString, QJsonObject> requestsIn(const QString &wireLog)
{
    QHash<QString, QJsonObject> requests;
    QFile file(wireLog);
    if (!file.open(QIODevice::ReadOnly))
        return requests;
    while (!file.atEnd()) {
        const QJsonObject request = QJsonDocument::fromJson(file.readLine()).object();
        requests.insert(request.value(QStringLiteral("method")).toString(), request);
    }
    return requests;
}

} // namespace

class tst_Hostile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void optionValuesReachTheServerIntact_data();
    void optionValuesReachTheServerIntact();
    void brokenTemplateFolders_data();
    void brokenTemplateFolders();
    void inputFilesCheckedBeforeGenerate_data();
    void inputFilesCheckedBeforeGenerate();

private:
    QTemporaryDir m_dir;
    int m_case = 0;
};

void tst_Hostile::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    FakeServer::becomeSubreaper();
    QVERIFY(m_dir.isValid());
    // A server that waits for a password fails in 5 s, not after the 20 s of a catalog query.
    qputenv("TINYDEPLOY_SERVER_TIMEOUT_SEC", "5");
    qputenv("PYTHONDONTWRITEBYTECODE", "1");
}

void tst_Hostile::optionValuesReachTheServerIntact_data()
{
    QTest::addColumn<QString>("value");
    const QString canary = m_dir.filePath(QStringLiteral("canary"));
    QTest::newRow("1 MiB") << QString(1024 * 1024, QLatin1Char('x'));
    QTest::newRow("control characters") << QStringLiteral("a\x01\x1b[31mred\t\r\nb\x7f");
    QTest::newRow("NUL") << QString::fromUtf16(u"before\u0000after", 12);
    QTest::newRow("spaces and quotes") << QStringLiteral("/tmp/a b/\"double\" 'single' \\x");
    QTest::newRow("command substitution") << QStringLiteral("$(touch %1)").arg(canary);
    QTest::newRow("backticks") << QStringLiteral("`touch %1`; touch %1").arg(canary);
    QTest::newRow("unicode") << QStringLiteral("\u00e9\u4e2d\U0001F600");
}

void tst_Hostile::optionValuesReachTheServerIntact()
{
    QFETCH(QString, value);
    const QString dir = m_dir.filePath(QStringLiteral("options%1").arg(++m_case));
    const QString templateDir = dir + QStringLiteral("/template");
    QVERIFY(FakeServer::makeServerDir(templateDir, true)); // through the launch script too
    const QString wireLog = dir + QStringLiteral("/wire.log");

    Deployment deployment;
    DeploymentSettings settings;
    settings.modelPath = samplesDir + QStringLiteral("/digits_float32.tar");
    settings.templateDir = templateDir;
    settings.recordsRoot = dir + QStringLiteral("/records");
    settings.optionValues = {{QStringLiteral("project_type"), QStringLiteral("aot_standalone_demo")},
                             {QStringLiteral("compile_definitions"), QJsonArray{value, value}},
                             {QStringLiteral("serial_number"), value}};
    settings.lastStep = DeploymentStep::Flash;
    deployment.setSettings(settings);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FAKE_SERVER_WIRE_LOG"), wireLog);
    deployment.setServerEnvironment(env);
    QSignalSpy finished(&deployment, &Deployment::finished);
    const Result<void> started = deployment.start();
    QVERIFY2(started, qPrintable(started ? QString() : started.error().oneLine()));
    QVERIFY(finished.wait(DeadlineMs));
    QVERIFY2(deployment.state() == DeploymentState::Finished,
             qPrintable(deployment.error() ? deployment.error()->oneLine() : QString()));

    const QHash<QString, QJsonObject> requests = requestsIn(wireLog);
    const QJsonObject generate = requests.value(QStringLiteral("generate_project"))
                                     .value(QStringLiteral("params"))
                                     .toObject()
                                     .value(QStringLiteral("options"))
                                     .toObject();
    QCOMPARE(generate.value(QStringLiteral("compile_definitions")).toArray(),
             (QJsonArray{value, value}));
    const QJsonObject flash = requests.value(QStringLiteral("flash"))
                                  .value(QStringLiteral("params"))
                                  .toObject()
                                  .value(QStringLiteral("options"))
                                  .toObject();
    QCOMPARE(flash.value(QStringLiteral("serial_number")).toString(), value);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("canary"))));
    QTRY_VERIFY_WITH_TIMEOUT(FakeServer::noChildrenLeft(), 10000);
}

void tst_Hostile::brokenTemplateFolders_data()
{
    QTest::addColumn<QByteArray>("launchScript"); ///< Empty: no server file at all.
    QTest::addColumn<bool>("executable");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("text"); ///< In the error's message, hint or details.

    QTest::newRow("no server") << QByteArray() << true << "server-not-found"
                               << "microtvm_api_server.py";
    QTest::newRow("server missing")
        << QByteArray("#!/bin/sh\nexec python3 \"$@\"\n") << true << "server-exited"
        << "exit status 2";
    QTest::newRow("not executable")
        << QByteArray("#!/bin/sh\nexit 0\n") << false << "server-start-failed"
        << "not executable";
    QTest::newRow("exits at once")
        << QByteArray("#!/bin/sh\necho 'launcher: no board support here' >&2\nexit 3\n") << true
        << "server-exited"
        << "exit status 3";
    QTest::newRow("password prompt")
        << QByteArray("#!/bin/sh\nprintf '[sudo] password for student: ' >&2\n"
                      "read -r password\nexec sleep 1000\n")
        << true << "timeout"
        << "password for student";
}

void tst_Hostile::brokenTemplateFolders()
{
    QFETCH(QByteArray, launchScript);
    QFETCH(bool, executable);
    QFETCH(QString, code);
    QFETCH(QString, text);
    const QString dir = m_dir.filePath(QStringLiteral("folders%1").arg(++m_case));
    const QString templateDir = dir + QStringLiteral("/templates/broken one");
    QVERIFY(QDir().mkpath(templateDir));
    QVERIFY(writeFile(templateDir + QStringLiteral("/README.md"), "A template, once.\n"));
    if (!launchScript.isEmpty()) {
        QVERIFY(writeFile(templateDir + QStringLiteral("/launch_microtvm_api_server.sh"),
                          launchScript,
                          executable ? Executable : NotExecutable));
    }

    // The catalog: the template is listed as unavailable, with the reason, in time, and the
    // event loop keeps turning meanwhile (the GUI's catalog refresh).
    if (!launchScript.isEmpty()) {
        Templates::TemplateLocator locator;
        locator.setSearchPaths({dir + QStringLiteral("/templates")});
        locator.setUseEnvironment(false);
        locator.setUseBundled(false);
        Templates::TemplateCatalog catalog;
        catalog.setLocator(locator);
        catalog.setCacheEnabled(false);
        catalog.refresh();
        // The event loop turns while the server waits (for ever, for the password prompt).
        bool turned = false;
        bool stillQuerying = false;
        QTimer::singleShot(0, this, [&] {
            turned = true;
            stillQuerying = catalog.isRunning();
        });
        QTRY_VERIFY_WITH_TIMEOUT(turned, DeadlineMs);
        if (code == QLatin1String("timeout"))
            QVERIFY(stillQuerying);
        QTRY_VERIFY_WITH_TIMEOUT(!catalog.isRunning(), DeadlineMs);
        QCOMPARE(catalog.templates().size(), 1);
        const Templates::TemplateInfo &info = catalog.templates().first();
        QCOMPARE(info.status, Templates::TemplateStatus::Unavailable);
        const QString shown = info.error.fullText();
        QVERIFY2(shown.contains(templateDir), qPrintable(shown));
        QVERIFY2(!info.error.hint.isEmpty(), qPrintable(shown));
    }

    // A deployment from that folder fails at Generate, naming the folder, with what to do.
    Deployment deployment;
    DeploymentSettings settings;
    settings.modelPath = samplesDir + QStringLiteral("/digits_float32.tar");
    settings.templateDir = templateDir;
    settings.recordsRoot = dir + QStringLiteral("/records");
    deployment.setSettings(settings);
    QSignalSpy finished(&deployment, &Deployment::finished);
    const Result<void> started = deployment.start();
    std::optional<Error> error;
    if (!started) {
        error = started.error();
    } else {
        QVERIFY(finished.wait(DeadlineMs));
        QCOMPARE(deployment.state(), DeploymentState::Failed);
        QCOMPARE(deployment.failedStep(), std::optional(DeploymentStep::Generate));
        error = deployment.error();
    }
    QVERIFY(error);
    const QString shown = error->fullText();
    QCOMPARE(errorCodeName(error->code), code);
    QVERIFY2(shown.contains(templateDir), qPrintable(shown));
    QVERIFY2(shown.contains(text), qPrintable(shown));
    QVERIFY2(!error->hint.isEmpty(), qPrintable(shown));
    if (code == QLatin1String("timeout")) // the prompt is named in what to do
        QVERIFY2(error->hint.contains(QStringLiteral("password for student")), qPrintable(shown));
    QTRY_VERIFY_WITH_TIMEOUT(FakeServer::noChildrenLeft(), 10000);
}

void tst_Hostile::inputFilesCheckedBeforeGenerate_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("templateAsked"); ///< Whether the template's server may run.

    QTest::newRow("garbage") << QByteArray("this is not an array\n") << "not a NumPy .npy file"
                             << false;
    QFile int8(samplesDir + QStringLiteral("/inputs/int8/sample_3.npy"));
    QVERIFY(int8.open(QIODevice::ReadOnly));
    QTest::newRow("wrong dtype") << int8.readAll() << "is float32, but the file holds int8" << true;
    QByteArray header("{'descr': '<f4', 'fortran_order': False, 'shape': (1, 3), }");
    header = header.leftJustified(117, ' ') + '\n';
    QByteArray shape = QByteArray("\x93NUMPY\x01\x00", 8) + char(header.size()) + char(0) + header
                       + QByteArray(12, '\0');
    QTest::newRow("wrong shape") << shape << "has the shape [1, 8, 8, 1], but the file holds [1, 3]"
                                 << true;
}

void tst_Hostile::inputFilesCheckedBeforeGenerate()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, text);
    QFETCH(bool, templateAsked);
    const QString dir = m_dir.filePath(QStringLiteral("inputs%1").arg(++m_case));
    const QString templateDir = dir + QStringLiteral("/template");
    QVERIFY(FakeServer::makeServerDir(templateDir));
    const QString input = dir + QStringLiteral("/my input.npy");
    QVERIFY(writeFile(input, content));
    const QString projectDir = dir + QStringLiteral("/project");
    const QString wireLog = dir + QStringLiteral("/wire.log");

    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), dir + QStringLiteral("/cache"));
    env.insert(QStringLiteral("FAKE_SERVER_WIRE_LOG"), wireLog);
    cli.setProcessEnvironment(env);
    QSignalSpy finished(&cli, &QProcess::finished);
    cli.start(cliPath,
              {QStringLiteral("deploy"),
               samplesDir + QStringLiteral("/digits_float32.tar"),
               QStringLiteral("--template"),
               templateDir,
               QStringLiteral("-o"),
               QStringLiteral("project_type=aot_standalone_demo"),
               QStringLiteral("--project-dir"),
               projectDir,
               QStringLiteral("--input"),
               input});
    QVERIFY(finished.wait(DeadlineMs));
    const QString errors = QString::fromUtf8(cli.readAllStandardError());
    QVERIFY2(cli.exitCode() != 0, qPrintable(errors));
    QVERIFY2(errors.contains(input), qPrintable(errors));
    QVERIFY2(errors.contains(text), qPrintable(errors));
    QVERIFY(!QFileInfo::exists(projectDir));
    // At most the template was asked what it is (tinydeploy-cli checks the template first);
    // nothing was generated, and no project server started.
    const QHash<QString, QJsonObject> requests = requestsIn(wireLog);
    QStringList methods = requests.keys();
    methods.sort();
    QCOMPARE(methods,
             templateAsked ? QStringList{QStringLiteral("server_info_query")} : QStringList());
}

QTEST_GUILESS_MAIN(tst_Hostile)
#include "tst_hostile.moc"
