#include <fakes/fakeserver.h>
#include <templates/serverfailure.h>
#include <templates/templatecache.h>
#include <templates/templatecatalog.h>
#include <templates/templatelocator.h>
#include <templates/usertemplatefolders.h>

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace TinyDeploy;
using namespace TinyDeploy::Templates;

namespace {

// A fake template: TINYDEPLOY's fake server (tests/fakes) behind a small launcher that logs
// "<name> start <pid> <time>" and "<name> end <pid> <time>" to $TD_TEST_LOG, optionally adds
// our "environment" extension, and never writes inside the template folder (that would change
// the cache key). With $TD_QUERY_GATE (a folder), server_info_query logs "<name> waiting ..."
// and then blocks until the test opens and closes the FIFO $TD_QUERY_GATE/<name>: the test
// decides when each query may answer.
const char *const wrapperScript = R"PY(#!/usr/bin/env python3
import atexit, os, sys, time
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
NAME = os.path.basename(HERE)
LOG = os.environ.get("TD_TEST_LOG")
def log(event):
    if LOG:
        with open(LOG, "a") as f:
            f.write(f"{NAME} {event} {os.getpid()} {time.time()}\n")
log("start")
atexit.register(log, "end")
sys.path.insert(0, os.environ["TD_FAKES_DIR"])
import fake_project_api_server as fake
fake.SERVER_DIR = HERE
PROBLEMS = @PROBLEMS@
GATE = os.environ.get("TD_QUERY_GATE")
original = fake.Fake.server_info
def server_info(self):
    if GATE:
        log("waiting")
        with open(os.path.join(GATE, NAME)) as gate:  # until the test opens it for writing
            gate.read()  # and closes it
    info = original(self)
    if PROBLEMS is not None:
        info["environment"] = {"ok": not PROBLEMS, "problems": PROBLEMS}
    return info
fake.Fake.server_info = server_info
sys.exit(fake.main())
)PY";

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

bool makeTemplate(const QString &dir, const QByteArray &problems = "None")
{
    QByteArray script(wrapperScript);
    script.replace("@PROBLEMS@", problems);
    return writeFile(dir + "/microtvm_api_server.py", script);
}

struct LogEntry
{
    QString name;
    QString event;
    pid_t pid = 0;
    double time = 0;
};

QList<LogEntry> readLog(const QString &path)
{
    QList<LogEntry> entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() == 4)
            entries.append({parts[0], parts[1], pid_t(parts[2].toLongLong()), parts[3].toDouble()});
    }
    return entries;
}

/// The templates whose query is waiting at its gate, in the order they got there.
QStringList waitingAtGate(const QString &logPath, const QSet<QString> &released)
{
    QStringList names;
    for (const LogEntry &entry : readLog(logPath)) {
        if (entry.event == "waiting" && !released.contains(entry.name))
            names << entry.name;
    }
    return names;
}

/// Lets the query of @p name answer: opens its FIFO for writing and closes it. False while the
/// server has not opened the FIFO yet (the open would block).
bool openGate(const QString &gateDir, const QString &name)
{
    const QByteArray path = QFile::encodeName(gateDir + "/" + name);
    const int fd = ::open(path.constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return false;
    ::close(fd);
    return true;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

pid_t pidOf(const QString &logPath, const QString &name, const QString &event)
{
    for (const LogEntry &entry : readLog(logPath)) {
        if (entry.name == name && entry.event == event)
            return entry.pid;
    }
    return 0;
}

int startsOf(const QList<LogEntry> &log, const QString &name)
{
    return int(std::count_if(log.cbegin(), log.cend(), [&](const LogEntry &e) {
        return e.name == name && e.event == "start";
    }));
}

} // namespace

class tst_TemplateCatalog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void serverFailureDiagnosis_data();
    void serverFailureDiagnosis();

    void discoveryFromEnvironmentPath();
    void discoveryOfBundledTemplates();
    void discoveryFromSettingsHonoursConfirmation();
    void explicitPathsComeFirstAndDuplicatesAreDropped();

    void queriesInParallelWithinTheBound();
    void cacheHitOnUnchangedFolderAndMissAfterChange();
    void corruptCacheFileIsIgnored();
    void missingPythonModuleMakesTemplateUnavailable();
    void environmentProblemsAreReportedAndNotCached();
    void hangingServerTimesOutAndIsKilled();
    void unconfirmedUserFolderIsNotRun();
    void cancelStopsEveryServer();

private:
    TemplateCatalog *makeCatalog(const QStringList &searchPaths);
    void runToEnd(TemplateCatalog &catalog);
    void verifyNoLeftovers();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_log;
    QString m_cacheFile;
    QProcessEnvironment m_environment;
};

void tst_TemplateCatalog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (QStandardPaths::findExecutable("python3").isEmpty())
        QSKIP("python3 is needed to run the fake template servers.");
    FakeServer::becomeSubreaper();
}

void tst_TemplateCatalog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_log = m_dir->filePath("servers.log");
    m_cacheFile = m_dir->filePath("cache/template-info.json");
    m_environment = QProcessEnvironment::systemEnvironment();
    m_environment.insert("TD_TEST_LOG", m_log);
    m_environment.insert("TD_FAKES_DIR", FakeServer::fakesDir());
    m_environment.insert("PYTHONDONTWRITEBYTECODE", "1");
    m_environment.remove("FAKE_SERVER_BEHAVIOUR");
}

void tst_TemplateCatalog::cleanup()
{
    verifyNoLeftovers();
    m_dir.reset();
}

TemplateCatalog *tst_TemplateCatalog::makeCatalog(const QStringList &searchPaths)
{
    auto *catalog = new TemplateCatalog(this);
    TemplateLocator locator;
    locator.setSearchPaths(searchPaths);
    locator.setUseEnvironment(false);
    locator.setUseBundled(false);
    catalog->setLocator(locator);
    catalog->setCacheFile(m_cacheFile);
    catalog->setProcessEnvironment(m_environment);
    return catalog;
}

void tst_TemplateCatalog::runToEnd(TemplateCatalog &catalog)
{
    QSignalSpy finished(&catalog, &TemplateCatalog::finished);
    catalog.refresh();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.size(), 1);
    QVERIFY(!catalog.isRunning());
}

void tst_TemplateCatalog::verifyNoLeftovers()
{
    // Every server that started has ended, whatever happened to it.
    const QList<LogEntry> log = readLog(m_log);
    for (const LogEntry &entry : log) {
        if (entry.event == "start")
            QTRY_VERIFY2(FakeServer::isDead(entry.pid), qPrintable(entry.name));
    }
}

void tst_TemplateCatalog::serverFailureDiagnosis_data()
{
    QTest::addColumn<QString>("stderrText");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("module");

    QTest::newRow("empty") << ""
                           << ""
                           << "";
    QTest::newRow("garbage only") << "\x01\x02 something odd\n"
                                  << "\x01\x02 something odd"
                                  << "";
    QTest::newRow("missing module") << "Traceback (most recent call last):\n"
                                       "  File \"/t/microtvm_api_server.py\", line 3, in <module>\n"
                                       "    import usb\n"
                                       "ModuleNotFoundError: No module named 'usb'\n"
                                    << "ModuleNotFoundError: No module named 'usb'"
                                    << "usb";
    QTest::newRow("dotted module") << "Traceback (most recent call last):\n  File \"x\", line 1\n"
                                      "ModuleNotFoundError: No module named 'tvm.micro'\n"
                                   << "ModuleNotFoundError: No module named 'tvm.micro'"
                                   << "tvm.micro";
    QTest::newRow("chained: the last exception wins")
        << "Traceback (most recent call last):\nKeyError: 'x'\n\nDuring handling of the above "
           "exception, another exception occurred:\n\nTraceback (most recent call last):\n"
           "RuntimeError: boom\n"
        << "RuntimeError: boom"
        << "";
    QTest::newRow("indented source line is not the exception")
        << "Traceback (most recent call last):\n    raise ValueError: x\nOSError: [Errno 2] nope\n"
        << "OSError: [Errno 2] nope"
        << "";
    QTest::newRow("no traceback: last line")
        << "python3: can't open file '/x/microtvm_api_server.py'\n\n"
        << "python3: can't open file '/x/microtvm_api_server.py'"
        << "";
    QTest::newRow("logging after the traceback")
        << "ImportError: No module named 'serial'\nINFO shutting down\n"
        << "ImportError: No module named 'serial'"
        << "serial";
}

void tst_TemplateCatalog::serverFailureDiagnosis()
{
    QFETCH(QString, stderrText);
    QFETCH(QString, reason);
    QFETCH(QString, module);
    const ServerFailureDiagnosis diagnosis = diagnoseServerFailure(stderrText);
    QCOMPARE(diagnosis.reason, reason);
    QCOMPARE(diagnosis.moduleName, module);
    if (!module.isEmpty())
        QVERIFY(diagnosis.hint.contains(module.section('.', 0, 0)));
}

void tst_TemplateCatalog::discoveryFromEnvironmentPath()
{
    const QString root = m_dir->filePath("root");
    QVERIFY(makeTemplate(root + "/alpha"));
    QVERIFY(makeTemplate(root + "/beta"));
    QVERIFY(writeFile(root + "/common/microtvm_api_server.py", "# shared library, not a template"));
    QVERIFY(writeFile(root + "/notes/readme.txt", "not a template"));
    const QString single = m_dir->filePath("elsewhere/gamma");
    QVERIFY(writeFile(single + "/launch_microtvm_api_server.sh", "#!/bin/sh\n"));

    qputenv("TINYDEPLOY_TEMPLATE_PATH",
            (root + "::" + single + ":" + m_dir->filePath("missing")).toUtf8());
    TemplateLocator locator;
    locator.setUseBundled(false);
    const QList<TemplateLocation> found = locator.locate();
    qunsetenv("TINYDEPLOY_TEMPLATE_PATH");

    QStringList names;
    for (const TemplateLocation &location : found) {
        names << location.name;
        QCOMPARE(location.source, TemplateSource::Environment);
        QVERIFY(location.confirmed);
        QVERIFY(QFileInfo(location.path).isAbsolute());
    }
    QCOMPARE(names, (QStringList{"alpha", "beta", "gamma"}));
    QCOMPARE(found.at(2).path, single);

    TemplateLocator withoutEnvironment;
    withoutEnvironment.setUseBundled(false);
    withoutEnvironment.setUseEnvironment(false);
    QVERIFY(withoutEnvironment.locate().isEmpty());
}

void tst_TemplateCatalog::discoveryOfBundledTemplates()
{
    // Build tree: <build>/bin/<exe> and <build>/firmware_templates.
    const QString build = m_dir->filePath("build");
    QVERIFY(QDir().mkpath(build + "/bin"));
    QVERIFY(makeTemplate(build + "/firmware_templates/host"));
    QCOMPARE(TemplateLocator::bundledRoots(build + "/bin"),
             QStringList{build + "/firmware_templates"});
    // Installed tree: <prefix>/bin and <prefix>/share/tinydeploy/firmware_templates.
    const QString prefix = m_dir->filePath("prefix");
    QVERIFY(QDir().mkpath(prefix + "/bin"));
    QVERIFY(makeTemplate(prefix + "/share/tinydeploy/firmware_templates/qemu"));
    QCOMPARE(TemplateLocator::bundledRoots(prefix + "/bin"),
             QStringList{prefix + "/share/tinydeploy/firmware_templates"});
    QVERIFY(TemplateLocator::bundledRoots(m_dir->filePath("nowhere/bin")).isEmpty());

    TemplateLocator locator;
    locator.setUseEnvironment(false);
    locator.setBundledRoots(TemplateLocator::bundledRoots(prefix + "/bin"));
    const QList<TemplateLocation> found = locator.locate();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().name, "qemu");
    QCOMPARE(found.first().source, TemplateSource::Bundled);

    // The real bundled templates of the source tree are found the same way.
    QVERIFY(!TemplateLocator::templateDirsIn(TINYDEPLOY_SOURCE_DIR "/firmware_templates").isEmpty());
    QVERIFY(!TemplateLocator::templateDirsIn(TINYDEPLOY_SOURCE_DIR "/firmware_templates")
                 .contains(TINYDEPLOY_SOURCE_DIR "/firmware_templates/common"));
}

void tst_TemplateCatalog::discoveryFromSettingsHonoursConfirmation()
{
    QSettings settings(m_dir->filePath("settings.ini"), QSettings::IniFormat);
    UserTemplateFolders folders(&settings);
    QVERIFY(folders.folders().isEmpty());
    const QString mine = m_dir->filePath("mine");
    QVERIFY(makeTemplate(mine + "/one"));
    folders.add(mine, false);
    folders.add(mine, false); // no duplicate
    QCOMPARE(folders.folders().size(), 1);

    // Another process (the CLI, the GUI) reads the same settings file.
    QSettings again(m_dir->filePath("settings.ini"), QSettings::IniFormat);
    UserTemplateFolders reread(&again);
    QCOMPARE(reread.folders().size(), 1);
    QCOMPARE(reread.folders().first().path, mine);
    QVERIFY(!reread.folders().first().confirmed);

    TemplateLocator locator;
    locator.setUseEnvironment(false);
    locator.setUseBundled(false);
    locator.setUserFolders(folders.folders());
    QList<TemplateLocation> found = locator.locate();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().source, TemplateSource::User);
    QVERIFY(!found.first().confirmed);

    folders.setConfirmed(mine, true);
    locator.setUserFolders(folders.folders());
    found = locator.locate();
    QVERIFY(found.first().confirmed);

    folders.remove(mine);
    QVERIFY(folders.folders().isEmpty());
}

void tst_TemplateCatalog::explicitPathsComeFirstAndDuplicatesAreDropped()
{
    const QString root = m_dir->filePath("root");
    QVERIFY(makeTemplate(root + "/alpha"));
    const QString link = m_dir->filePath("link-to-alpha");
    QVERIFY(QFile::link(root + "/alpha", link));

    TemplateLocator locator;
    locator.setUseEnvironment(false);
    locator.setSearchPaths({root + "/alpha", link});
    locator.setUserFolders({{root, true}});
    locator.setBundledRoots({root});
    const QList<TemplateLocation> found = locator.locate();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().source, TemplateSource::Explicit);
}

void tst_TemplateCatalog::queriesInParallelWithinTheBound()
{
    const QString root = m_dir->filePath("root");
    const QString gate = m_dir->filePath("gate");
    QVERIFY(QDir().mkpath(gate));
    constexpr int count = 6;
    for (int i = 0; i < count; ++i) {
        QVERIFY(makeTemplate(root + QString("/t%1").arg(i)));
        QVERIFY(::mkfifo(QFile::encodeName(gate + QString("/t%1").arg(i)).constData(), 0600) == 0);
    }
    m_environment.insert("TD_QUERY_GATE", gate);

    std::unique_ptr<TemplateCatalog> catalog(makeCatalog({root}));
    catalog->setMaxParallel(2);
    // The queries wait for this test, however slow the machine: not what is tested here.
    catalog->setQueryTimeout(std::chrono::minutes(5));
    QSignalSpy updated(catalog.get(), &TemplateCatalog::templateUpdated);
    QSignalSpy finished(catalog.get(), &TemplateCatalog::finished);
    catalog->refresh();

    // Every query waits at its gate until this test opens it, so the servers running at each
    // step are known exactly: always 2 (1 for the last), never more, whatever the machine's
    // speed. Between steps, the server let through must be gone before the next count.
    QSet<QString> released;
    while (released.size() < count) {
        const int inFlight = std::min(2, count - int(released.size()));
        QTRY_COMPARE_WITH_TIMEOUT(int(waitingAtGate(m_log, released).size()), inFlight, 30000);
        // Whatever the catalog would start now, it has started: a third server would be a
        // child of this process already (started, even if not at its gate yet).
        QCoreApplication::processEvents();
        QCOMPARE(int(FakeServer::childrenOf(::getpid()).size()), inFlight);
        QCOMPARE(int(waitingAtGate(m_log, released).size()), inFlight);

        const QString next = waitingAtGate(m_log, released).first();
        // QTRY_* evaluates its condition again after it held: open the gate once only.
        bool opened = false;
        QTRY_VERIFY2_WITH_TIMEOUT(opened || (opened = openGate(gate, next)),
                                  qPrintable(next + " did not open its gate; the servers' log:\n"
                                             + QString::fromUtf8(readFile(m_log))),
                                  30000);
        released.insert(next);
        const pid_t pid = pidOf(m_log, next, "waiting");
        QVERIFY(pid > 0);
        QTRY_VERIFY_WITH_TIMEOUT(!FakeServer::childrenOf(::getpid()).contains(pid), 30000);
    }
    if (finished.isEmpty())
        QVERIFY(finished.wait(60000));
    QCOMPARE(finished.size(), 1);
    QVERIFY(!catalog->isRunning());

    QCOMPARE(catalog->templates().size(), count);
    for (const TemplateInfo &info : catalog->templates()) {
        QCOMPARE(info.status, TemplateStatus::Available);
        QCOMPARE(info.serverInfo.platformName, "fake");
        QVERIFY(!info.fromCache);
        QVERIFY(info.serverInfo.option(u"project_type"));
    }
    QVERIFY(updated.size() >= 2 * count); // querying, then the answer, for each
    QCOMPARE(catalog->peakParallel(), 2);
}

void tst_TemplateCatalog::cacheHitOnUnchangedFolderAndMissAfterChange()
{
    const QString root = m_dir->filePath("root");
    QVERIFY(makeTemplate(root + "/alpha"));
    QVERIFY(makeTemplate(root + "/beta"));

    std::unique_ptr<TemplateCatalog> first(makeCatalog({root}));
    runToEnd(*first);
    QCOMPARE(startsOf(readLog(m_log), "alpha"), 1);
    QVERIFY(QFileInfo::exists(m_cacheFile));

    // Unchanged: answered from the cache, no server started.
    std::unique_ptr<TemplateCatalog> second(makeCatalog({root}));
    runToEnd(*second);
    QCOMPARE(startsOf(readLog(m_log), "alpha"), 1);
    QCOMPARE(startsOf(readLog(m_log), "beta"), 1);
    for (const TemplateInfo &info : second->templates()) {
        QVERIFY(info.fromCache);
        QCOMPARE(info.status, TemplateStatus::Available);
        QCOMPARE(info.serverInfo.projectOptions.size(),
                 first->templates().first().serverInfo.projectOptions.size());
    }

    // A new boards.json in alpha changes its key: alpha is asked again, beta is not.
    QVERIFY(writeFile(root + "/alpha/boards.json", R"({"b1": {"cpu": "cortex-m0"}})"));
    std::unique_ptr<TemplateCatalog> third(makeCatalog({root}));
    runToEnd(*third);
    QCOMPARE(startsOf(readLog(m_log), "alpha"), 2);
    QCOMPARE(startsOf(readLog(m_log), "beta"), 1);
    QVERIFY(!third->find("alpha")->fromCache);
    QCOMPARE(third->find("alpha")->boards.size(), 1);
    QVERIFY(third->find("beta")->fromCache);

    // A file whose size changes does the same.
    QVERIFY(writeFile(root + "/beta/Makefile.template", "all:\n"));
    std::unique_ptr<TemplateCatalog> fourth(makeCatalog({root}));
    runToEnd(*fourth);
    QCOMPARE(startsOf(readLog(m_log), "beta"), 2);
    QCOMPARE(startsOf(readLog(m_log), "alpha"), 2);

    // The key itself: stable for an unchanged folder, different after a change.
    const QString key = TemplateCache::fingerprint(root + "/alpha");
    QCOMPARE(TemplateCache::fingerprint(root + "/alpha"), key);
    QVERIFY(writeFile(root + "/alpha/extra.py", "x = 1\n"));
    QVERIFY(TemplateCache::fingerprint(root + "/alpha") != key);
}

void tst_TemplateCatalog::corruptCacheFileIsIgnored()
{
    const QString root = m_dir->filePath("root");
    QVERIFY(makeTemplate(root + "/alpha"));
    QVERIFY(writeFile(m_cacheFile, "{ this is not json"));
    std::unique_ptr<TemplateCatalog> catalog(makeCatalog({root}));
    runToEnd(*catalog);
    QCOMPARE(catalog->templates().first().status, TemplateStatus::Available);
    // Rewritten as a usable cache.
    std::unique_ptr<TemplateCatalog> again(makeCatalog({root}));
    runToEnd(*again);
    QVERIFY(again->templates().first().fromCache);
}

void tst_TemplateCatalog::missingPythonModuleMakesTemplateUnavailable()
{
    const QString root = m_dir->filePath("root");
    QVERIFY(makeTemplate(root + "/good"));
    QVERIFY(writeFile(root + "/broken/microtvm_api_server.py",
                      "import sys\nimport nonexistent_module_xyz\n"));

    std::unique_ptr<TemplateCatalog> catalog(makeCatalog({root}));
    runToEnd(*catalog);
    const TemplateInfo *broken = catalog->find("broken");
    QVERIFY(broken);
    QCOMPARE(broken->status, TemplateStatus::Unavailable);
    QCOMPARE(broken->error.code, ErrorCode::TemplateUnavailable);
    QCOMPARE(broken->error.message, "ModuleNotFoundError: No module named 'nonexistent_module_xyz'");
    QVERIFY(broken->error.hint.contains("nonexistent_module_xyz"));
    QCOMPARE(broken->error.location, root + "/broken");
    QVERIFY2(broken->error.details.contains("exit status 1"), qPrintable(broken->error.details));
    QVERIFY(!broken->isUsable());
    QCOMPARE(catalog->find("good")->status, TemplateStatus::Available);

    // A failure is never cached: the next refresh asks again.
    std::unique_ptr<TemplateCatalog> again(makeCatalog({root}));
    runToEnd(*again);
    QCOMPARE(again->find("broken")->status, TemplateStatus::Unavailable);
    QVERIFY(!again->find("broken")->fromCache);
}

void tst_TemplateCatalog::environmentProblemsAreReportedAndNotCached()
{
    const QString root = m_dir->filePath("root");
    QVERIFY(makeTemplate(root + "/needs-gcc",
                         R"(["arm-none-eabi-gcc not found: install gcc-arm-none-eabi"])"));
    QVERIFY(makeTemplate(root + "/fine", "[]"));

    std::unique_ptr<TemplateCatalog> catalog(makeCatalog({root}));
    runToEnd(*catalog);
    const TemplateInfo *needs = catalog->find("needs-gcc");
    QCOMPARE(needs->status, TemplateStatus::Problems);
    QCOMPARE(needs->problems, QStringList{"arm-none-eabi-gcc not found: install gcc-arm-none-eabi"});
    QVERIFY(needs->isUsable());
    QCOMPARE(catalog->find("fine")->status, TemplateStatus::Available);

    // Installing the tool does not change the folder, so problems must not be cached.
    std::unique_ptr<TemplateCatalog> again(makeCatalog({root}));
    runToEnd(*again);
    QCOMPARE(startsOf(readLog(m_log), "needs-gcc"), 2);
    QCOMPARE(startsOf(readLog(m_log), "fine"), 1);
}

void tst_TemplateCatalog::hangingServerTimesOutAndIsKilled()
{
    const QString root = m_dir->filePath("root");
    QVERIFY(makeTemplate(root + "/stuck"));
    m_environment.insert("FAKE_SERVER_BEHAVIOUR", "hang_ignoring_term@server_info_query");
    std::unique_ptr<TemplateCatalog> catalog(makeCatalog({root}));
    catalog->setQueryTimeout(std::chrono::milliseconds(1000));
    runToEnd(*catalog);
    const TemplateInfo &info = catalog->templates().first();
    QCOMPARE(info.status, TemplateStatus::Unavailable);
    QVERIFY2(info.error.message.contains("did not answer"), qPrintable(info.error.message));
    QTRY_COMPARE(startsOf(readLog(m_log), "stuck"), 1);
    // verifyNoLeftovers() in cleanup() checks that the SIGTERM-proof server is gone.
}

void tst_TemplateCatalog::unconfirmedUserFolderIsNotRun()
{
    const QString mine = m_dir->filePath("mine");
    QVERIFY(makeTemplate(mine + "/one"));
    auto catalog = std::make_unique<TemplateCatalog>();
    TemplateLocator locator;
    locator.setUseEnvironment(false);
    locator.setUseBundled(false);
    locator.setUserFolders({{mine, false}});
    catalog->setLocator(locator);
    catalog->setCacheFile(m_cacheFile);
    catalog->setProcessEnvironment(m_environment);
    runToEnd(*catalog);
    QCOMPARE(catalog->templates().first().status, TemplateStatus::NeedsConfirmation);
    QVERIFY(readLog(m_log).isEmpty());

    locator.setUserFolders({{mine, true}});
    catalog->setLocator(locator);
    runToEnd(*catalog);
    QCOMPARE(catalog->templates().first().status, TemplateStatus::Available);
    QCOMPARE(startsOf(readLog(m_log), "one"), 1);
}

void tst_TemplateCatalog::cancelStopsEveryServer()
{
    const QString root = m_dir->filePath("root");
    for (int i = 0; i < 3; ++i)
        QVERIFY(makeTemplate(root + QString("/h%1").arg(i)));
    m_environment.insert("FAKE_SERVER_BEHAVIOUR", "hang@server_info_query");
    std::unique_ptr<TemplateCatalog> catalog(makeCatalog({root}));
    catalog->setMaxParallel(2);
    QSignalSpy finished(catalog.get(), &TemplateCatalog::finished);
    catalog->refresh();
    QTRY_COMPARE(startsOf(readLog(m_log), "h0") + startsOf(readLog(m_log), "h1"), 2);
    catalog->cancel();
    QVERIFY(finished.wait(20000));
    for (const TemplateInfo &info : catalog->templates()) {
        QCOMPARE(info.status, TemplateStatus::Unavailable);
        QCOMPARE(info.error.code, ErrorCode::Cancelled);
    }
    QCOMPARE(startsOf(readLog(m_log), "h2"), 0); // queued, never started
}

QTEST_GUILESS_MAIN(tst_TemplateCatalog)
#include "tst_templatecatalog.moc"
