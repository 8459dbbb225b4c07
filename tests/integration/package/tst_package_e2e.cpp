// Deployment packages end to end: a package made by one build (the digits sample) is flashed,
// connected and run from a clean environment (PATH without any compiler or make, a TinyDeploy
// install tree holding only the flashing library and no template, the project deleted), on the
// emulated mps2-an385 and on the host template, with every output agreeing with the package's
// expected outputs. A package changed after it was written is refused before anything runs.

#include <mlffixtures.h>
#include <package/packagereader.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace TinyDeploy;

namespace {

const QString cliPath = QStringLiteral(TINYDEPLOY_BINARY_DIR "/bin/tinydeploy-cli");
const QString sourceDir = QStringLiteral(TINYDEPLOY_SOURCE_DIR);
constexpr int buildTimeoutMs = 300000;
constexpr int flashTimeoutMs = 180000;

struct Outcome
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

bool processRunsUnder(const QString &root)
{
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool numeric = false;
        entry.toLongLong(&numeric);
        if (!numeric)
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(entry));
        if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(root.toUtf8()))
            return true;
    }
    return false;
}

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        if (file.contains(QLatin1String("__pycache__")))
            continue;
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(file);
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!QFile::copy(file, target))
            return false;
    }
    return true;
}

} // namespace

class tst_PackageE2e : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanEnvironmentHasNoCompiler();
    void flashFromCleanEnvironment_data();
    void flashFromCleanEnvironment();
    void changedPackageIsRefused();
    void severalBoardsFromOnePackage();
    void foreignProjectCannotBePackaged();

private:
    Outcome run(const QString &program,
                const QStringList &arguments,
                const QProcessEnvironment &environment,
                int timeoutMs);
    QProcessEnvironment baseEnvironment() const;
    QProcessEnvironment cleanEnvironment() const;
    /// Generates and builds @p model on @p templ, writes its package and deletes the project.
    QString makePackage(const QString &name, const QString &templ, const QStringList &options);

    QTemporaryDir m_dir;
    QString m_cleanCli;
    QString m_cleanBin;
    QString m_qemuPackage;
};

Outcome tst_PackageE2e::run(const QString &program,
                            const QStringList &arguments,
                            const QProcessEnvironment &environment,
                            int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(m_dir.path());
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(program, arguments);
    Outcome outcome;
    if (!finished.wait(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        outcome.err = "timed out: " + process.readAllStandardError();
        return outcome;
    }
    outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    outcome.out = process.readAllStandardOutput();
    outcome.err = process.readAllStandardError();
    return outcome;
}

QProcessEnvironment tst_PackageE2e::baseEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
    env.remove(QStringLiteral("TINYDEPLOY_PYTHON"));
    return env;
}

QProcessEnvironment tst_PackageE2e::cleanEnvironment() const
{
    QProcessEnvironment env = baseEnvironment();
    env.insert(QStringLiteral("PATH"), m_cleanBin);
    env.insert(QStringLiteral("TINYDEPLOY_TEMPLATE_PATH"), m_dir.filePath(QStringLiteral("empty")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("clean-data")));
    return env;
}

void tst_PackageE2e::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(QFileInfo(cliPath).isExecutable());
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("empty"))));

    // A TinyDeploy install tree with the flashing library and no template.
    const QString install = m_dir.filePath(QStringLiteral("install"));
    QVERIFY(QDir().mkpath(install + QStringLiteral("/bin")));
    m_cleanCli = install + QStringLiteral("/bin/tinydeploy-cli");
    QVERIFY(QFile::copy(cliPath, m_cleanCli));
    QVERIFY(
        copyTree(sourceDir + QStringLiteral("/firmware_templates/common/tdserver"),
                 install + QStringLiteral("/share/tinydeploy/firmware_templates/common/tdserver")));

    // PATH: python3 and QEMU, nothing that compiles.
    m_cleanBin = m_dir.filePath(QStringLiteral("clean-bin"));
    QVERIFY(QDir().mkpath(m_cleanBin));
    // The interpreter itself, not a wrapper script (pyenv's shims need bash and more).
    const Outcome python = run(QStringLiteral("python3"),
                               {QStringLiteral("-c"),
                                QStringLiteral("import sys; print(sys.executable)")},
                               baseEnvironment(),
                               60000);
    const QString interpreter = QString::fromLocal8Bit(python.out).trimmed();
    if (python.exitCode != 0 || interpreter.isEmpty())
        QSKIP("python3 is not installed: a package cannot be flashed without it");
    QVERIFY(QFile::link(interpreter, m_cleanBin + QStringLiteral("/python3")));
    const QString qemu = QStandardPaths::findExecutable(QStringLiteral("qemu-system-arm"));
    if (qemu.isEmpty())
        QSKIP("qemu-system-arm is not installed (apt install qemu-system-arm)");
    QVERIFY(QFile::link(qemu, m_cleanBin + QStringLiteral("/qemu-system-arm")));
    m_qemuPackage = makePackage(QStringLiteral("qemu"),
                                QStringLiteral("qemu-cortex-m"),
                                {QStringLiteral("-o"), QStringLiteral("board=mps2-an385")});
    QVERIFY(QFileInfo::exists(m_qemuPackage));
}

QString tst_PackageE2e::makePackage(const QString &name,
                                    const QString &templ,
                                    const QStringList &options)
{
    const QString project = m_dir.filePath(name + QStringLiteral("-project"));
    const QString package = m_dir.filePath(name + QStringLiteral(".tdpkg"));
    const QProcessEnvironment env = baseEnvironment();
    Outcome generated = run(cliPath,
                            QStringList{QStringLiteral("generate"),
                                        templ,
                                        sourceDir
                                            + QStringLiteral("/resources/samples/digits_int8.tar"),
                                        project}
                                + options,
                            env,
                            buildTimeoutMs);
    if (generated.exitCode != 0) {
        qWarning("%s", generated.err.constData());
        return {};
    }
    Outcome built = run(cliPath, {QStringLiteral("build"), project}, env, buildTimeoutMs);
    if (built.exitCode != 0) {
        qWarning("%s", built.err.constData());
        return {};
    }
    Outcome packaged = run(cliPath,
                           {QStringLiteral("package"), project, QStringLiteral("-o"), package},
                           env,
                           buildTimeoutMs);
    if (packaged.exitCode != 0) {
        qWarning("%s", packaged.err.constData());
        return {};
    }
    // Nothing of the project may be needed any more.
    QDir(project).removeRecursively();
    return package;
}

void tst_PackageE2e::cleanEnvironmentHasNoCompiler()
{
    for (const QString &tool : {QStringLiteral("gcc"),
                                QStringLiteral("cc"),
                                QStringLiteral("arm-none-eabi-gcc"),
                                QStringLiteral("make"),
                                QStringLiteral("c++")}) {
        QVERIFY2(QStandardPaths::findExecutable(tool, {m_cleanBin}).isEmpty(), qPrintable(tool));
    }
    // The install tree lists no template.
    const Outcome templates = run(m_cleanCli,
                                  {QStringLiteral("templates"), QStringLiteral("--json")},
                                  cleanEnvironment(),
                                  60000);
    QVERIFY2(!templates.out.contains("qemu-cortex-m"), templates.out.constData());
}

void tst_PackageE2e::flashFromCleanEnvironment_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("templ");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("board");
    QTest::newRow("qemu-cortex-m mps2-an385")
        << "qemu"
        << "qemu-cortex-m" << QStringList{"-o", "board=mps2-an385"} << "mps2-an385";
    QTest::newRow("host") << "host"
                          << "host" << QStringList{} << "host";
}

void tst_PackageE2e::flashFromCleanEnvironment()
{
    QFETCH(QString, name);
    QFETCH(QString, templ);
    QFETCH(QStringList, options);
    QFETCH(QString, board);
    const QString package = name == QLatin1String("qemu") ? m_qemuPackage
                                                          : makePackage(name, templ, options);
    QVERIFY(QFileInfo::exists(package));

    const Outcome flashed = run(m_cleanCli,
                                {QStringLiteral("flash-package"), package, QStringLiteral("--json")},
                                cleanEnvironment(),
                                flashTimeoutMs);
    QVERIFY2(flashed.exitCode == 0, flashed.err.constData());
    QJsonParseError parseError;
    const QJsonObject json = QJsonDocument::fromJson(flashed.out, &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("finished"));
    const QJsonArray results = json.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 5);
    for (const QJsonValue &value : results) {
        const QJsonObject result = value.toObject();
        QCOMPARE(result.value(QStringLiteral("agrees_with_expected")).toBool(), true);
        QCOMPARE(result.value(QStringLiteral("predicted")).toInt(-1),
                 result.value(QStringLiteral("true_class")).toInt(-2));
    }
    const QJsonObject agreement = json.value(QStringLiteral("agreement")).toObject();
    QCOMPARE(agreement.value(QStringLiteral("agreeing")).toInt(), 5);
    QCOMPARE(json.value(QStringLiteral("package"))
                 .toObject()
                 .value(QStringLiteral("board"))
                 .toString(),
             board);

    // The record notes the package and its hash; no server ran, nothing was built.
    const QString record = json.value(QStringLiteral("record")).toString();
    QFile file(record + QStringLiteral("/deployment.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject deployment = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject recorded = deployment.value(QStringLiteral("package")).toObject();
    QCOMPARE(recorded.value(QStringLiteral("path")).toString(), package);
    QCOMPARE(recorded.value(QStringLiteral("sha256")).toString().size(), 64);
    QCOMPARE(deployment.value(QStringLiteral("first_step")).toString(), QStringLiteral("flash"));
    QFile flashLog(record + QStringLiteral("/logs/3-flash.log"));
    QVERIFY(flashLog.open(QIODevice::ReadOnly));
    const QByteArray log = flashLog.readAll();
    QVERIFY2(log.contains("tdserver.flashing"), log.constData());
    QVERIFY2(!log.contains("Project API server"), log.constData());
    // The emulated device was stopped at exit.
    QTRY_VERIFY_WITH_TIMEOUT(!processRunsUnder(record + QStringLiteral("/package")), 5000);
}

void tst_PackageE2e::changedPackageIsRefused()
{
    QVERIFY(QFileInfo::exists(m_qemuPackage));
    QTemporaryDir work;
    QVERIFY(work.isValid());
    const Result<Package::OpenedPackage> opened = Package::openPackage(m_qemuPackage,
                                                                       work.filePath(QStringLiteral(
                                                                           "opened")));
    QVERIFY(opened);
    QList<Fixtures::FixtureFile> files;
    QFile manifest(opened->filePath(QStringLiteral("manifest.json")));
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    files.append({QStringLiteral("manifest.json"), manifest.readAll(), {}, {}, 0644});
    for (const Package::PackageMember &member : opened->manifest.members) {
        QFile data(opened->filePath(member.path));
        QVERIFY(data.open(QIODevice::ReadOnly));
        Fixtures::FixtureFile file{member.path, data.readAll(), {}, {}, 0644};
        if (member.path == QLatin1String("build/firmware.elf"))
            file.data[file.data.size() / 2] = char(file.data.at(file.data.size() / 2) ^ 0x40);
        files.append(file);
    }
    const QString changed = work.filePath(QStringLiteral("changed.tdpkg"));
    QVERIFY(Fixtures::writeArchive(files, changed, Fixtures::Compression::Gzip, false));

    const Outcome flashed = run(m_cleanCli,
                                {QStringLiteral("flash-package"), changed},
                                cleanEnvironment(),
                                flashTimeoutMs);
    QCOMPARE(flashed.exitCode, 1);
    QVERIFY2(flashed.err.contains("changed after it was written"), flashed.err.constData());
    QVERIFY2(flashed.err.contains("build/firmware.elf"), flashed.err.constData());
    QVERIFY2(!flashed.err.contains("Starting QEMU"), flashed.err.constData());
}

void tst_PackageE2e::severalBoardsFromOnePackage()
{
    QVERIFY(QFileInfo::exists(m_qemuPackage));
    // A batch takes the board type from the package and finds each board's port itself.
    const Outcome misused = run(m_cleanCli,
                                {QStringLiteral("flash-package"),
                                 m_qemuPackage,
                                 QStringLiteral("--boards"),
                                 QStringLiteral("2"),
                                 QStringLiteral("--port"),
                                 QStringLiteral("/dev/ttyACM0")},
                                cleanEnvironment(),
                                flashTimeoutMs);
    QCOMPARE(misused.exitCode, 2);
    QVERIFY2(misused.err.contains("--port"), misused.err.constData());

    // Three emulated boards, two at once, from the clean environment: nothing is built.
    const Outcome flashed = run(m_cleanCli,
                                {QStringLiteral("flash-package"),
                                 m_qemuPackage,
                                 QStringLiteral("--boards"),
                                 QStringLiteral("3"),
                                 QStringLiteral("--jobs"),
                                 QStringLiteral("2"),
                                 QStringLiteral("--json")},
                                cleanEnvironment(),
                                3 * flashTimeoutMs);
    QVERIFY2(flashed.exitCode == 0, flashed.err.constData());
    QVERIFY2(!flashed.err.contains("Build (once"), flashed.err.constData());
    const QJsonObject batch = QJsonDocument::fromJson(flashed.out).object();
    QCOMPARE(batch.value(QStringLiteral("state")).toString(), QStringLiteral("finished"));
    QCOMPARE(batch.value(QStringLiteral("package")).toString(), m_qemuPackage);
    QCOMPARE(batch.value(QStringLiteral("summary")).toObject().value("passed").toInt(), 3);
    const QJsonArray boards = batch.value(QStringLiteral("boards")).toArray();
    QCOMPARE(boards.size(), 3);
    QSet<QString> records;
    for (const QJsonValue &value : boards) {
        const QJsonObject board = value.toObject();
        QCOMPARE(board.value(QStringLiteral("state")).toString(), QStringLiteral("passed"));
        const QString record = board.value(QStringLiteral("record")).toString();
        QVERIFY2(!record.isEmpty(), qPrintable(QJsonDocument(board).toJson()));
        records.insert(record);
        // Each board flashed the package by its recipe, in a record of its own.
        QFile file(record + QStringLiteral("/deployment.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject deployment = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(deployment.value(QStringLiteral("package"))
                     .toObject()
                     .value(QStringLiteral("path"))
                     .toString(),
                 m_qemuPackage);
        QTRY_VERIFY_WITH_TIMEOUT(!processRunsUnder(record + QStringLiteral("/package")), 5000);
    }
    QCOMPARE(records.size(), 3);
}

void tst_PackageE2e::foreignProjectCannotBePackaged()
{
    const QString project = m_dir.filePath(QStringLiteral("foreign"));
    QVERIFY(QDir().mkpath(project));
    QFile server(project + QStringLiteral("/microtvm_api_server.py"));
    QVERIFY(server.open(QIODevice::WriteOnly));
    server.close();
    const Outcome packaged = run(cliPath,
                                 {QStringLiteral("package"),
                                  project,
                                  QStringLiteral("-o"),
                                  m_dir.filePath(QStringLiteral("foreign.tdpkg"))},
                                 baseEnvironment(),
                                 60000);
    QCOMPARE(packaged.exitCode, 1);
    QVERIFY2(packaged.err.contains("does not describe how to flash without it"),
             packaged.err.constData());
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("foreign.tdpkg"))));
}

QTEST_GUILESS_MAIN(tst_PackageE2e)

#include "tst_package_e2e.moc"
