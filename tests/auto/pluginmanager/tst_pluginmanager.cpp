#include "fixtures/loadedlibraries.h"

#include "testgreeter.h"

#include <plugin/pluginmanager.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QVersionNumber>

using namespace TinyDeploy;
using namespace TinyDeploy::Plugin;

namespace {

const QString greeterIid = QStringLiteral(TestGreeter_iid);

/// Copies the built plugin @p source into @p dir as @p name: a path never loaded before.
QString copyInto(const QString &source, const QTemporaryDir &dir, const QString &name)
{
    const QString target = dir.filePath(name);
    if (!QFile::copy(source, target))
        return {};
    return target;
}

QString writeInto(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return file.fileName();
}

using LoadedLibraries::isLoaded;

QStringList greetings(const QList<TestGreeter *> &greeters)
{
    QStringList result;
    for (const TestGreeter *greeter : greeters)
        result << greeter->greeting();
    return result;
}

PluginInfo infoOf(const PluginManager &manager, const QString &file)
{
    for (const PluginInfo &info : manager.plugins()) {
        if (info.fileName == file)
            return info;
    }
    return {};
}

QString describe(const QList<Error> &errors)
{
    QStringList lines;
    for (const Error &error : errors)
        lines << errorCodeName(error.code) + QLatin1Char(' ') + error.oneLine();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class tst_PluginManager : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void checkCompatibility_data();
    void checkCompatibility();
    void searchPathOrder();
    void nothingScannedOrLoadedBeforeAsked();
    void staticPluginsComeFirst();
    void resultsAreCached();
    void brokenFilesAreReportedAndSkipped_data();
    void brokenFilesAreReportedAndSkipped();
    void incompatiblePluginIsReportedNotLoaded();
    void incompatibleCopyDoesNotHideUsableOne();
    void loadFailureIsReportedWithQtsReason();
    void missingInterfaceIsReported();
    void environmentPathOrderIsHonoured();
    void pathAddedAfterScanIsScanned();

private:
    QByteArray m_savedPath;
};

void tst_PluginManager::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    for (const char *path :
         {GOOD_PLUGIN, FUTURE_PLUGIN, UNLOADABLE_PLUGIN, LIAR_PLUGIN, OTHER_PLUGIN, NOT_A_PLUGIN})
        QVERIFY2(QFileInfo::exists(QString::fromUtf8(path)), path);
    m_savedPath = qgetenv("TINYDEPLOY_PLUGIN_PATH");
}

void tst_PluginManager::init()
{
    qunsetenv("TINYDEPLOY_PLUGIN_PATH");
}

void tst_PluginManager::cleanup()
{
    qputenv("TINYDEPLOY_PLUGIN_PATH", m_savedPath);
}

void tst_PluginManager::checkCompatibility_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("same version") << QByteArray(R"({"version":"0.1.0","compatVersion":"0.1.0"})")
                                  << true;
    QTest::newRow("range around host")
        << QByteArray(R"({"version":"0.3","compatVersion":"0.1"})") << true;
    QTest::newRow("short form equals host")
        << QByteArray(R"({"version":"0.1","compatVersion":"0"})") << true;
    QTest::newRow("future plugin")
        << QByteArray(R"({"version":"99.0","compatVersion":"99.0"})") << false;
    QTest::newRow("old plugin") << QByteArray(R"({"version":"0.0.9","compatVersion":"0.0.1"})")
                                << false;
    QTest::newRow("empty") << QByteArray("{}") << false;
    QTest::newRow("incomplete: no version") << QByteArray(R"({"compatVersion":"0.1.0"})") << false;
    QTest::newRow("incomplete: no compatVersion") << QByteArray(R"({"version":"0.1.0"})") << false;
    QTest::newRow("garbage") << QByteArray(R"({"version":"0.1.0","compatVersion":"x.y"})") << false;
    QTest::newRow("empty string") << QByteArray(R"({"version":"0.1.0","compatVersion":""})")
                                  << false;
    QTest::newRow("empty segment")
        << QByteArray(R"({"version":"0.1.0","compatVersion":"0..1"})") << false;
    QTest::newRow("trailing data")
        << QByteArray(R"({"version":"0.1.0-beta","compatVersion":"0.1.0"})") << false;
    QTest::newRow("not a string") << QByteArray(R"({"version":"0.1.0","compatVersion":0.1})")
                                  << false;
    QTest::newRow("oversize segment")
        << QByteArray(R"({"version":"99999999999999999999","compatVersion":"0.1"})") << false;
    QTest::newRow("too many segments")
        << QByteArray(R"({"version":"0.1.0.0.0","compatVersion":"0.1"})") << false;
    QTest::newRow("bad charset: Arabic-Indic digits")
        << QByteArray(R"({"version":"٠.١.٠","compatVersion":"٠.١.٠"})") << false;
    QTest::newRow("bad charset: fullwidth digits")
        << QByteArray(R"({"version":"０.１","compatVersion":"０.１"})") << false;
    QTest::newRow("inconsistent: compat newer than version")
        << QByteArray(R"({"version":"0.1","compatVersion":"0.2"})") << false;
}

void tst_PluginManager::checkCompatibility()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, accepted);
    const QJsonObject metaData = QJsonDocument::fromJson(json).object();
    const Result<void> result = PluginManager::checkCompatibility(metaData, QVersionNumber(0, 1, 0));
    QCOMPARE(result.has_value(), accepted);
    if (!accepted) {
        QCOMPARE(result.error().code, ErrorCode::PluginIncompatible);
        QVERIFY(!result.error().message.isEmpty());
        QVERIFY(!result.error().hint.isEmpty());
        QVERIFY(result.error().location.contains(QStringLiteral("ersion")));
    }
}

void tst_PluginManager::searchPathOrder()
{
    const QString bundled = QDir::cleanPath(QCoreApplication::applicationDirPath()
                                            + QStringLiteral("/../lib/tinydeploy/plugins"));
    QCOMPARE(PluginManager::bundledPluginDir(), bundled);

    qputenv("TINYDEPLOY_PLUGIN_PATH", "/opt/first::/opt/second/../second2");
    PluginManager manager;
    manager.addSearchPath(QStringLiteral("/opt/added"));
    QCOMPARE(manager.searchPaths(),
             QStringList({QStringLiteral("/opt/first"),
                          QStringLiteral("/opt/second2"),
                          bundled,
                          QStringLiteral("/opt/added")}));

    PluginManager bare(PluginManager::DefaultPaths::Ignore);
    QVERIFY(bare.searchPaths().isEmpty());
}

void tst_PluginManager::nothingScannedOrLoadedBeforeAsked()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString good = copyInto(GOOD_PLUGIN, dir, "libgood.so");
    const QString other = copyInto(OTHER_PLUGIN, dir, "libother.so");
    const QString garbage = writeInto(dir, "libgarbage.so", QByteArray(512, '\xa5'));
    QVERIFY(!good.isEmpty() && !other.isEmpty() && !garbage.isEmpty());
    qputenv("TINYDEPLOY_PLUGIN_PATH", QFile::encodeName(dir.path()));

    PluginManager manager;
    QSignalSpy changed(&manager, &PluginManager::changed);
    // Constructed: nothing read, not even the garbage file.
    QVERIFY(manager.plugins().isEmpty());
    QVERIFY(manager.failures().isEmpty());
    QCOMPARE(changed.count(), 0);

    // Asking for an interface nobody provides reads metadata but loads nothing.
    QVERIFY(manager.instances(QStringLiteral("org.tinydeploy.test.Nobody/1.0")).isEmpty());
    QCOMPARE(infoOf(manager, good).state, PluginState::Found);
    QCOMPARE(infoOf(manager, other).state, PluginState::Found);
    QCOMPARE(infoOf(manager, other).iid, QStringLiteral("org.tinydeploy.test.Other/1.0"));
    QCOMPARE(manager.failures().size(), 1); // the garbage file
    QVERIFY(changed.count() > 0);
    QVERIFY(!isLoaded(good));
    QVERIFY(!isLoaded(other));

    const QList<TestGreeter *> greeters = manager.objects<TestGreeter>();
    QCOMPARE(greetings(greeters), QStringList({"static", "good"}));
    QVERIFY(isLoaded(good));
    QCOMPARE(infoOf(manager, good).state, PluginState::Loaded);
    QCOMPARE(infoOf(manager, good).version, QStringLiteral(TINYDEPLOY_VERSION));
    // A plugin of another interface is neither loaded nor a failure.
    QVERIFY(!isLoaded(other));
    QCOMPARE(infoOf(manager, other).state, PluginState::Found);
    QCOMPARE(manager.failures().size(), 1);
}

void tst_PluginManager::staticPluginsComeFirst()
{
    PluginManager bare(PluginManager::DefaultPaths::Ignore);
    const QList<TestGreeter *> greeters = bare.objects<TestGreeter>();
    QCOMPARE(greetings(greeters), QStringList({"static"}));
    const QList<PluginInfo> plugins = bare.plugins();
    QCOMPARE(plugins.size(), 1);
    QVERIFY(plugins.constFirst().isStatic());
    QCOMPARE(plugins.constFirst().className, QStringLiteral("StaticGreeter"));
    QCOMPARE(plugins.constFirst().state, PluginState::Loaded);
}

void tst_PluginManager::resultsAreCached()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(!copyInto(GOOD_PLUGIN, dir, "libgood.so").isEmpty());
    QVERIFY(!writeInto(dir, "libjunk.so", "junk").isEmpty());
    PluginManager manager(PluginManager::DefaultPaths::Ignore);
    manager.addSearchPath(dir.path());
    const QList<QObject *> first = manager.instances(greeterIid);
    QCOMPARE(first.size(), 2);
    const QList<Error> failures = manager.failures();
    QCOMPARE(failures.size(), 1);

    QSignalSpy changed(&manager, &PluginManager::changed);
    QCOMPARE(manager.instances(greeterIid), first);
    QCOMPARE(manager.failures().size(), 1); // not recorded twice
    QCOMPARE(changed.count(), 0);
}

void tst_PluginManager::brokenFilesAreReportedAndSkipped_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("copyOf"); // when set, the file is a copy of this one

    QFile good(GOOD_PLUGIN);
    QVERIFY(good.open(QIODevice::ReadOnly));
    const QByteArray goodBytes = good.readAll();

    QTest::newRow("garbage") << "liba_garbage.so" << QByteArray(4096, '\x5a') << QString();
    QTest::newRow("empty") << "liba_empty.so" << QByteArray() << QString();
    QTest::newRow("text") << "liba_text.so" << QByteArray("this is not a library\n") << QString();
    QTest::newRow("incomplete: truncated plugin")
        << "liba_truncated.so" << goodBytes.left(2048) << QString();
    QTest::newRow("trailing data after an ELF header")
        << "liba_header.so" << goodBytes.left(64) + QByteArray(8192, '\0') << QString();
    QTest::newRow("library that is no plugin")
        << "liba_notaplugin.so" << QByteArray() << QStringLiteral(NOT_A_PLUGIN);
    QTest::newRow("bad charset in the name")
        << "liba_gärbage-\u00e9.so" << QByteArray("\xff\xfe\x00garbage", 10) << QString();
    QTest::newRow("versioned name") << "liba_garbage.so.1" << QByteArray(100, '\x01') << QString();
}

void tst_PluginManager::brokenFilesAreReportedAndSkipped()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, copyOf);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // The broken file sorts first: it must not stop the scan.
    const QString broken = copyOf.isEmpty() ? writeInto(dir, name, content)
                                            : copyInto(copyOf, dir, name);
    const QString good = copyInto(GOOD_PLUGIN, dir, "libz_good.so");
    QVERIFY(!broken.isEmpty() && !good.isEmpty());
    QVERIFY(!writeInto(dir, "README.txt", "not named like a library").isEmpty());

    PluginManager manager(PluginManager::DefaultPaths::Ignore);
    manager.addSearchPath(dir.path());
    QCOMPARE(greetings(manager.objects<TestGreeter>()), QStringList({"static", "good"}));

    const QList<Error> failures = manager.failures();
    QVERIFY2(failures.size() == 1, qPrintable(describe(failures)));
    const Error &error = failures.constFirst();
    QCOMPARE(error.code, ErrorCode::PluginInvalid);
    QCOMPARE(error.location, broken);
    QVERIFY(!error.message.isEmpty());
    QVERIFY(!error.hint.isEmpty());
    QVERIFY2(!error.details.isEmpty(), "Qt's reason is kept");
    // It may have been the plugin wanted: it explains a missing interface too.
    QCOMPARE(manager.failures(greeterIid).size(), 1);
}

void tst_PluginManager::incompatiblePluginIsReportedNotLoaded()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString future = copyInto(FUTURE_PLUGIN, dir, "libfuture.so");
    QVERIFY(!future.isEmpty());
    PluginManager manager(PluginManager::DefaultPaths::Ignore);
    manager.addSearchPath(dir.path());
    manager.scan();
    QVERIFY2(manager.failures().isEmpty(), "versions are checked when the interface is asked for");

    QCOMPARE(greetings(manager.objects<TestGreeter>()), QStringList({"static"}));
    QVERIFY(!isLoaded(future));
    QCOMPARE(infoOf(manager, future).state, PluginState::Incompatible);
    QCOMPARE(infoOf(manager, future).compatVersion, QStringLiteral("99.0"));
    const QList<Error> failures = manager.failures(greeterIid);
    QVERIFY2(failures.size() == 1, qPrintable(describe(failures)));
    QCOMPARE(failures.constFirst().code, ErrorCode::PluginIncompatible);
    QVERIFY(failures.constFirst().location.startsWith(future));
    QVERIFY2(failures.constFirst().message.contains(QStringLiteral("99.0")),
             qPrintable(failures.constFirst().message));
    QVERIFY(failures.constFirst().message.contains(PluginManager::hostVersion().toString()));
    QVERIFY(manager.failures(QStringLiteral("org.tinydeploy.test.Other/1.0")).isEmpty());
}

void tst_PluginManager::incompatibleCopyDoesNotHideUsableOne()
{
    QTemporaryDir first;
    QTemporaryDir second;
    QVERIFY(first.isValid() && second.isValid());
    const QString future = copyInto(FUTURE_PLUGIN, first, "libgreeter.so");
    const QString good = copyInto(GOOD_PLUGIN, second, "libgreeter.so");
    QVERIFY(!future.isEmpty() && !good.isEmpty());
    qputenv("TINYDEPLOY_PLUGIN_PATH", QFile::encodeName(first.path() + ':' + second.path()));
    PluginManager manager;
    QCOMPARE(greetings(manager.objects<TestGreeter>()), QStringList({"static", "good"}));
    QCOMPARE(infoOf(manager, future).state, PluginState::Incompatible);
    QCOMPARE(infoOf(manager, good).state, PluginState::Loaded);
}

void tst_PluginManager::loadFailureIsReportedWithQtsReason()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString unloadable = copyInto(UNLOADABLE_PLUGIN, dir, "liba_unloadable.so");
    const QString good = copyInto(GOOD_PLUGIN, dir, "libz_good.so");
    QVERIFY(!unloadable.isEmpty() && !good.isEmpty());
    PluginManager manager(PluginManager::DefaultPaths::Ignore);
    manager.addSearchPath(dir.path());

    QCOMPARE(greetings(manager.objects<TestGreeter>()), QStringList({"static", "good"}));
    QCOMPARE(infoOf(manager, unloadable).state, PluginState::Failed);
    const QList<Error> failures = manager.failures(greeterIid);
    QVERIFY2(failures.size() == 1, qPrintable(describe(failures)));
    QCOMPARE(failures.constFirst().code, ErrorCode::PluginLoadFailed);
    QCOMPARE(failures.constFirst().location, unloadable);
    QVERIFY2(failures.constFirst().details.contains(
                 QStringLiteral("tinydeploy_test_symbol_nobody_defines")),
             qPrintable(failures.constFirst().details));
}

void tst_PluginManager::missingInterfaceIsReported()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString liar = copyInto(LIAR_PLUGIN, dir, "libliar.so");
    QVERIFY(!liar.isEmpty());
    PluginManager manager(PluginManager::DefaultPaths::Ignore);
    manager.addSearchPath(dir.path());

    QCOMPARE(manager.instances(greeterIid).size(), 1); // the static one only
    QCOMPARE(infoOf(manager, liar).state, PluginState::Failed);
    const QList<Error> failures = manager.failures();
    QVERIFY2(failures.size() == 1, qPrintable(describe(failures)));
    QCOMPARE(failures.constFirst().code, ErrorCode::PluginInterfaceMissing);
    QVERIFY(failures.constFirst().message.contains(QStringLiteral("LiarGreeter")));
}

void tst_PluginManager::environmentPathOrderIsHonoured()
{
    QTemporaryDir a;
    QTemporaryDir b;
    QVERIFY(a.isValid() && b.isValid());
    const QString inA = copyInto(GOOD_PLUGIN, a, "libgreeter.so");
    const QString inB = copyInto(GOOD_PLUGIN, b, "libgreeter.so");
    QVERIFY(!inA.isEmpty() && !inB.isEmpty());

    qputenv("TINYDEPLOY_PLUGIN_PATH", QFile::encodeName(b.path() + ':' + a.path()));
    {
        PluginManager manager;
        QCOMPARE(manager.searchPaths().mid(0, 2), QStringList({b.path(), a.path()}));
        QCOMPARE(greetings(manager.objects<TestGreeter>()), QStringList({"static", "good"}));
        QCOMPARE(infoOf(manager, inB).state, PluginState::Loaded);
        QCOMPARE(infoOf(manager, inA).state, PluginState::Shadowed);
        QVERIFY(isLoaded(inB));
        QVERIFY(!isLoaded(inA));
        QVERIFY(manager.failures().isEmpty());
    }

    qputenv("TINYDEPLOY_PLUGIN_PATH", QFile::encodeName(a.path() + ':' + b.path()));
    PluginManager manager;
    QCOMPARE(greetings(manager.objects<TestGreeter>()), QStringList({"static", "good"}));
    QCOMPARE(infoOf(manager, inA).state, PluginState::Loaded);
    QCOMPARE(infoOf(manager, inB).state, PluginState::Shadowed);
    QVERIFY(isLoaded(inA));
}

void tst_PluginManager::pathAddedAfterScanIsScanned()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(!copyInto(GOOD_PLUGIN, dir, "libgood.so").isEmpty());
    PluginManager manager(PluginManager::DefaultPaths::Ignore);
    QCOMPARE(manager.instances(greeterIid).size(), 1);
    manager.addSearchPath(dir.path());
    manager.addSearchPath(dir.path() + QStringLiteral("/./")); // the same folder: once
    QCOMPARE(manager.searchPaths().size(), 1);
    QCOMPARE(greetings(manager.objects<TestGreeter>()), QStringList({"static", "good"}));
}

QTEST_GUILESS_MAIN(tst_PluginManager)
#include "tst_pluginmanager.moc"
