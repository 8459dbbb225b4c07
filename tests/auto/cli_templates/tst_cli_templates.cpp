#include <fakes/fakeserver.h>

#include <fixtures/sharedsamples.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

const QString cliPath = TINYDEPLOY_BINARY_DIR "/bin/tinydeploy-cli";
const QString linaroSample = TINYDEPLOY_SHARED_DIR "/mlf-samples/linaro_sine_v5.tar";

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

class tst_CliTemplates : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void templatesJsonListsStatusAndReason();
    void templatesTextOutput();
    void unconfirmedUserFolderNeedsConfirmation();
    void optionsAreGroupedByMethod();
    void unknownTemplateNameIsAnError();
    void invalidOptionIsRejectedBeforeAnyServerCall_data();
    void invalidOptionIsRejectedBeforeAnyServerCall();
    void generateMakesPathsAbsoluteAndRemembersOptions();
    void buildAndFlashMergeRememberedOptions();
    void buildOfATemplateIsRefused();
    void generateFromAProjectIsRefused();
    void serverErrorIsOneLineAndVerboseAddsTraceback();
    void interruptKillsTheServerGroup();

private:
    Run run(const QStringList &arguments, const QMap<QString, QString> &extraEnv = {});
    QProcessEnvironment environment(const QMap<QString, QString> &extraEnv) const;
    QString generateProject(const QString &name);
    QStringList wireRequests(const QString &method) const;
    QStringList wireMethods() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_templates;
    QString m_wireLog;
};

void tst_CliTemplates::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFileInfo(cliPath).isExecutable(), qPrintable(cliPath));
    if (QStandardPaths::findExecutable("python3").isEmpty())
        QSKIP("python3 is needed to run the fake template servers.");
    if (!QFileInfo::exists(linaroSample))
        TINYDEPLOY_SKIP_WITHOUT_SHARED(
            "The shared MLF samples are missing (../shared/mlf-samples).");
    FakeServer::becomeSubreaper();
}

void tst_CliTemplates::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_templates = m_dir->filePath("templates");
    QVERIFY(FakeServer::makeServerDir(m_templates + "/fake"));
    QVERIFY(writeFile(m_templates + "/broken/microtvm_api_server.py",
                      "import sys\nimport nonexistent_module_xyz\n"));
    QVERIFY(writeFile(m_templates + "/fake/boards.json",
                      R"({"board-a": {"cpu": "cortex-m3", "flash_size_bytes": 1024}})"));
    QVERIFY(QFile::copy(linaroSample, m_dir->filePath("model.tar")));
    m_wireLog = m_dir->filePath("wire.log");
}

QProcessEnvironment tst_CliTemplates::environment(const QMap<QString, QString> &extraEnv) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Private settings and cache: the user's own must neither leak in nor be touched.
    env.insert("XDG_CONFIG_HOME", m_dir->filePath("config"));
    env.insert("XDG_CACHE_HOME", m_dir->filePath("cache"));
    env.insert("XDG_DATA_HOME", m_dir->filePath("data")); // the deployment records
    env.insert("TINYDEPLOY_TEMPLATE_PATH", m_templates);
    env.insert("FAKE_SERVER_WIRE_LOG", m_wireLog);
    env.insert("PYTHONDONTWRITEBYTECODE", "1");
    env.remove("FAKE_SERVER_BEHAVIOUR");
    for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it)
        env.insert(it.key(), it.value());
    return env;
}

Run tst_CliTemplates::run(const QStringList &arguments, const QMap<QString, QString> &extraEnv)
{
    QProcess process;
    process.setProcessEnvironment(environment(extraEnv));
    process.setWorkingDirectory(m_dir->path());
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

QStringList tst_CliTemplates::wireRequests(const QString &method) const
{
    QStringList lines;
    QFile file(m_wireLog);
    if (!file.open(QIODevice::ReadOnly))
        return lines;
    const QList<QByteArray> all = file.readAll().split('\n');
    for (const QByteArray &line : all) {
        const QJsonObject request = QJsonDocument::fromJson(line).object();
        if (request.value("method").toString() == method)
            lines.append(QString::fromUtf8(line));
    }
    return lines;
}

QStringList tst_CliTemplates::wireMethods() const
{
    QStringList methods;
    QFile file(m_wireLog);
    if (!file.open(QIODevice::ReadOnly))
        return methods;
    const QList<QByteArray> all = file.readAll().split('\n');
    for (const QByteArray &line : all) {
        if (!line.isEmpty())
            methods.append(QJsonDocument::fromJson(line).object().value("method").toString());
    }
    return methods;
}

QString tst_CliTemplates::generateProject(const QString &name)
{
    const Run r = run({"generate", "fake", "model.tar", name, "-o", "project_type=host_driven"});
    if (r.exitCode != 0) {
        qWarning() << r.err;
        return {};
    }
    return m_dir->filePath(name);
}

void tst_CliTemplates::templatesJsonListsStatusAndReason()
{
    const Run r = run({"templates", "--json"});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
    // The bundled templates of the build tree may follow; ours come first (priority order).
    QJsonObject fake;
    QJsonObject broken;
    int fromEnvironment = 0;
    for (const QJsonValue &value : list) {
        const QJsonObject object = value.toObject();
        if (object.value("source") != "environment") {
            QCOMPARE(object.value("source").toString(), "bundled");
            continue;
        }
        ++fromEnvironment;
        if (object.value("name") == "fake")
            fake = object;
        if (object.value("name") == "broken")
            broken = object;
    }
    QCOMPARE(fromEnvironment, 2);
    QCOMPARE(list.first().toObject().value("name").toString(), "broken"); // sorted by name
    QCOMPARE(fake.value("status").toString(), "available");
    QCOMPARE(fake.value("platform").toString(), "fake");
    QCOMPARE(fake.value("path").toString(), m_templates + "/fake");
    QCOMPARE(fake.value("source").toString(), "environment");
    QCOMPARE(fake.value("boards").toArray().first().toObject().value("name").toString(), "board-a");
    QCOMPARE(broken.value("status").toString(), "unavailable");
    QCOMPARE(broken.value("error").toObject().value("message").toString(),
             "ModuleNotFoundError: No module named 'nonexistent_module_xyz'");
    QCOMPARE(broken.value("error").toObject().value("code").toString(), "template-unavailable");
}

void tst_CliTemplates::templatesTextOutput()
{
    const Run r = run({"templates"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("fake  platform: fake  status: available"), qPrintable(r.out));
    QVERIFY(r.out.contains("boards: board-a"));
    QVERIFY(
        r.out.contains("reason: ModuleNotFoundError: No module named 'nonexistent_module_xyz'"));
    QVERIFY(r.out.contains("python3-nonexistent-module-xyz"));
}

void tst_CliTemplates::unconfirmedUserFolderNeedsConfirmation()
{
    // A folder added in the app but not confirmed: listed, never run; a path given on the
    // command line counts as the user's confirmation.
    const QString mine = m_dir->filePath("mine");
    QVERIFY(FakeServer::makeServerDir(mine + "/userfake"));
    {
        QSettings settings(m_dir->filePath("config/TinyDeploy/TinyDeploy.conf"),
                           QSettings::IniFormat);
        settings.beginWriteArray("templates/userFolders", 1);
        settings.setArrayIndex(0);
        settings.setValue("path", mine);
        settings.setValue("confirmed", false);
        settings.endArray();
    }
    const Run list = run({"templates", "--json"});
    QCOMPARE(list.exitCode, 0);
    QJsonObject user;
    for (const QJsonValue &value : QJsonDocument::fromJson(list.out.toUtf8()).array()) {
        if (value.toObject().value("name") == "userfake")
            user = value.toObject();
    }
    QCOMPARE(user.value("source").toString(), "user");
    QCOMPARE(user.value("status").toString(), "needs-confirmation");
    QCOMPARE(wireRequests("server_info_query").size(), 1); // fake only, never userfake

    const Run byName = run({"options", "userfake"});
    QCOMPARE(byName.exitCode, 1);
    QVERIFY2(byName.err.contains("not confirmed"), qPrintable(byName.err));
    const Run byPath = run({"options", mine + "/userfake"});
    QCOMPARE(byPath.exitCode, 0);
}

void tst_CliTemplates::optionsAreGroupedByMethod()
{
    const Run json = run({"options", "fake", "--json"});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(object.value("platform").toString(), "fake");
    const QJsonObject methods = object.value("methods").toObject();
    QVERIFY(methods.value("generate_project").toArray().contains("project_type"));
    QVERIFY(methods.value("build").toArray().contains("verbose"));
    QVERIFY(methods.value("flash").toArray().contains("serial_number"));
    QVERIFY(methods.value("open_transport").toArray().contains("serial_number"));
    QVERIFY(!methods.value("build").toArray().contains("project_type"));

    // Text, by template folder (relative to the current folder) this time.
    const Run text = run({"options", "templates/fake"});
    QCOMPARE(text.exitCode, 0);
    const QString &o = text.out;
    QVERIFY2(o.contains("generate_project:\n"), qPrintable(o));
    QVERIFY(o.contains("  project_type={host_driven, aot_standalone_demo}  (required)\n"));
    QVERIFY(o.contains("      Type of project to generate.\n"));
    QVERIFY(o.contains("  workspace_size_bytes=INT  (default: 2097152)\n"));
    QVERIFY(o.contains("build:\n  verbose={true, false}  (default: false)\n"));
    QVERIFY(o.indexOf("generate_project:") < o.indexOf("build:"));
    QVERIFY(o.indexOf("build:") < o.indexOf("flash:"));
    QVERIFY(o.indexOf("flash:") < o.indexOf("open_transport:"));
}

void tst_CliTemplates::unknownTemplateNameIsAnError()
{
    const Run r = run({"options", "nosuchtemplate"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("There is no template called \"nosuchtemplate\""), qPrintable(r.err));
    QVERIFY(r.err.contains("fake"));
    const Run broken = run({"options", "broken"});
    QCOMPARE(broken.exitCode, 1);
    QVERIFY(broken.err.contains("No module named 'nonexistent_module_xyz'"));
}

void tst_CliTemplates::invalidOptionIsRejectedBeforeAnyServerCall_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("mustMention");

    QTest::newRow("value outside the choices")
        << QStringList{"-o", "project_type=bogus"}
        << QStringList{"project_type", "bogus", "host_driven", "aot_standalone_demo"};
    QTest::newRow("unknown option")
        << QStringList{"-o", "project_type=host_driven", "-o", "colour=red"}
        << QStringList{"colour"};
    QTest::newRow("not an integer")
        << QStringList{"-o", "project_type=host_driven", "-o", "workspace_size_bytes=lots"}
        << QStringList{"workspace_size_bytes", "lots"};
    QTest::newRow("required option missing") << QStringList{} << QStringList{"project_type"};
    QTest::newRow("no equals sign")
        << QStringList{"-o", "project_type"} << QStringList{"project_type"};
}

void tst_CliTemplates::invalidOptionIsRejectedBeforeAnyServerCall()
{
    QFETCH(QStringList, options);
    QFETCH(QStringList, mustMention);
    // Warm the catalog cache so that the check itself needs no server at all.
    QCOMPARE(run({"templates"}).exitCode, 0);
    QFile::remove(m_wireLog);

    const Run r = run(QStringList{"generate", "fake", "model.tar", "project"} + options);
    QCOMPARE(r.exitCode, 1);
    for (const QString &word : mustMention)
        QVERIFY2(r.err.contains(word), qPrintable(word + " not in: " + r.err));
    QVERIFY(r.err.startsWith("tinydeploy-cli: "));
    QVERIFY(!QFileInfo::exists(m_dir->filePath("project")));
    QVERIFY(wireRequests("generate_project").isEmpty());
    QVERIFY(wireRequests("server_info_query").isEmpty());
}

void tst_CliTemplates::generateMakesPathsAbsoluteAndRemembersOptions()
{
    const Run r = run({"generate",
                       "templates/fake",
                       "./model.tar",
                       "sub/../project",
                       "-o",
                       "project_type=aot_standalone_demo",
                       "-o",
                       "workspace_size_bytes=4096"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString project = m_dir->filePath("project");
    QVERIFY(r.out.contains(project));

    // What the template server received: absolute paths, the full option set.
    const QStringList generate = wireRequests("generate_project");
    QCOMPARE(generate.size(), 1);
    const QJsonObject params
        = QJsonDocument::fromJson(generate.first().toUtf8()).object().value("params").toObject();
    QCOMPARE(params.value("project_dir").toString(), project);
    const QString tar = params.value("model_library_format_path").toString();
    QVERIFY2(QDir::isAbsolutePath(tar), qPrintable(tar));
    QVERIFY(tar.endsWith("/model.tar"));
    QVERIFY(tar != m_dir->filePath("model.tar")); // the clean, staged copy
    QVERIFY(QDir::isAbsolutePath(params.value("standalone_crt_dir").toString()));
    const QJsonObject sent = params.value("options").toObject();
    QCOMPARE(sent.value("project_type").toString(), "aot_standalone_demo");
    QCOMPARE(sent.value("workspace_size_bytes").toInt(), 4096);
    QCOMPARE(sent.value("verbose").toBool(true), false); // default filled in
    QVERIFY(sent.contains("serial_number"));             // null, but present

    // The staged tar reached the project intact; the staging folder is gone.
    QVERIFY(QFileInfo(project + "/model.tar").size() > 0);
    QVERIFY(!QFileInfo::exists(tar));
    // After generate_project, the project's own server was asked (spec 3.6).
    const QStringList methods = wireMethods();
    QCOMPARE(methods.count("generate_project"), 1);
    QCOMPARE(methods.lastIndexOf("server_info_query"), methods.indexOf("generate_project") + 1);
    QVERIFY(r.err.contains("standalone C runtime")); // the linaro sample has no runtime/

    const QJsonObject remembered = FakeServer::readJson(project + "/.tinydeploy/project.json");
    QCOMPARE(remembered.value("template").toObject().value("path").toString(),
             m_templates + "/fake");
    QCOMPARE(remembered.value("options").toObject().value("project_type").toString(),
             "aot_standalone_demo");
    QCOMPARE(remembered.value("options").toObject().value("workspace_size_bytes").toInt(), 4096);
    QVERIFY(!remembered.value("options").toObject().contains("verbose"));

    // An existing project folder is refused before anything runs.
    QFile::remove(m_wireLog);
    const Run again = run(
        {"generate", "fake", "model.tar", "project", "-o", "project_type=host_driven"});
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains("already exists"));
    QVERIFY(wireRequests("generate_project").isEmpty());
}

void tst_CliTemplates::buildAndFlashMergeRememberedOptions()
{
    const QString project = generateProject("project");
    QVERIFY(!project.isEmpty());

    const Run build = run({"build", "project", "-o", "verbose=true"});
    QVERIFY2(build.exitCode == 0, qPrintable(build.err));
    // The server's output is streamed with the "| " prefix.
    QVERIFY2(build.err.contains("| fake build: compiling main.c"), qPrintable(build.err));
    const QJsonObject built = FakeServer::readJson(project + "/build/options.json");
    QCOMPARE(built.value("project_type").toString(), "host_driven"); // from generate
    QCOMPARE(built.value("verbose").toBool(), true);                 // from -o
    QCOMPARE(built.value("workspace_size_bytes").toInt(), 2097152);  // default

    const Run badBuild = run({"build", "project", "-o", "verbose=perhaps"});
    QCOMPARE(badBuild.exitCode, 1);
    QVERIFY2(badBuild.err.contains("verbose"), qPrintable(badBuild.err));

    const Run flash = run({"flash", "project"});
    QVERIFY2(flash.exitCode == 0, qPrintable(flash.err));
    QVERIFY(flash.out.contains("Serial port: /dev/null"));
    const Run flashJson = run({"flash", project, "--json"});
    QCOMPARE(flashJson.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(flashJson.out.toUtf8()).object().value("serial_port"),
             QJsonValue("/dev/null"));
    const QStringList flashes = wireRequests("flash");
    QCOMPARE(flashes.size(), 2);
    const QJsonObject flashParams
        = QJsonDocument::fromJson(flashes.first().toUtf8()).object().value("params").toObject();
    QCOMPARE(flashParams.value("options").toObject().value("project_type").toString(),
             "host_driven");
}

void tst_CliTemplates::buildOfATemplateIsRefused()
{
    const Run r = run({"build", "templates/fake"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("is a template, not a generated project"), qPrintable(r.err));
    QVERIFY(wireRequests("build").isEmpty());
    const Run missing = run({"flash", "no-such-project"});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains("does not exist"));
}

void tst_CliTemplates::generateFromAProjectIsRefused()
{
    const QString project = generateProject("project");
    QVERIFY(!project.isEmpty());
    const Run r = run(
        {"generate", project, "model.tar", "second", "-o", "project_type=host_driven"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("generated project, not a template"), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(m_dir->filePath("second")));
}

void tst_CliTemplates::serverErrorIsOneLineAndVerboseAddsTraceback()
{
    const QString project = generateProject("project");
    QVERIFY(!project.isEmpty());
    const QMap<QString, QString> failing{{"FAKE_SERVER_BEHAVIOUR", "server_error@build"}};
    const Run quiet = run({"build", "project"}, failing);
    QCOMPARE(quiet.exitCode, 1);
    QVERIFY2(quiet.err.contains("tinydeploy-cli: "), qPrintable(quiet.err));
    QVERIFY(quiet.err.contains("CalledProcessError"));
    QVERIFY(!quiet.err.contains("Traceback (most recent call last)"));

    const Run verbose = run({"build", "project", "--verbose"}, failing);
    QCOMPARE(verbose.exitCode, 1);
    QVERIFY2(verbose.err.contains("Traceback (most recent call last)"), qPrintable(verbose.err));
}

void tst_CliTemplates::interruptKillsTheServerGroup()
{
    const QString project = generateProject("project");
    QVERIFY(!project.isEmpty());
    const QString pidFile = m_dir->filePath("grandchild.pid");
    QProcess process;
    process.setProcessEnvironment(environment(
        {{"FAKE_SERVER_BEHAVIOUR", "grandchild_hang@build"}, {"FAKE_SERVER_PIDFILE", pidFile}}));
    process.setWorkingDirectory(m_dir->path());
    process.start(cliPath, {"build", "project"});
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(pidFile), 20000);
    const pid_t grandchild = FakeServer::readPid(pidFile);
    QVERIFY(grandchild > 0);
    QVERIFY(!FakeServer::isDead(grandchild));

    ::kill(pid_t(process.processId()), SIGINT);
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 130);
    QTRY_VERIFY_WITH_TIMEOUT(FakeServer::isDead(grandchild), 10000);
}

QTEST_GUILESS_MAIN(tst_CliTemplates)
#include "tst_cli_templates.moc"
