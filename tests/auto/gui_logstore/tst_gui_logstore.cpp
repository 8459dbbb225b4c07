#include <logmodel.h>
#include <logstore.h>

#include <deploy/deploymentrecord.h>

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace TinyDeploy;
using namespace TinyDeploy::Gui;
using Deploy::DeploymentRecord;
using Deploy::DeploymentStep;

class tst_Gui_LogStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void readsTheRecordsLines_data();
    void readsTheRecordsLines();
    void twoStepLogsOneAfterTheOther();
    void filesThatAppearLater();
    void hiddenStreamsAndTheirContinuations();
    void rotatedLogKeepsItsLines();
    void partialLineWaitsForItsNewline();
    void searchAcrossTwoFiles();
    void saveWritesTheTextOfEveryLine();
    void refreshLaterIsOneInsert();

private:
    QString logPath(DeploymentStep step) const { return m_record.logPath(step); }
    void log(DeploymentStep step, Deploy::LogStream stream, const QString &text)
    {
        QVERIFY(m_record.appendLog(step, m_when, stream, text));
        m_when = m_when.addMSecs(1);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    DeploymentRecord m_record;
    QDateTime m_when;
};

void tst_Gui_LogStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_when = QDateTime(QDate(2026, 12, 3), QTime(6, 12, 16, 123), Qt::UTC);
    QVERIFY(m_record.create(m_dir->path(), QStringLiteral("model"), m_when));
    m_record.setLogLimit(DeploymentRecord::DefaultLogLimit);
}

void tst_Gui_LogStore::cleanup()
{
    m_record.closeLogs();
    m_dir.reset();
}

void tst_Gui_LogStore::readsTheRecordsLines_data()
{
    QTest::addColumn<int>("stream");
    QTest::addColumn<QString>("text");
    QTest::newRow("stdout") << int(LogStream::Stdout) << "[ 42%] Building C object model.c.o";
    QTest::newRow("stderr") << int(LogStream::Stderr) << "main.c:3:5: error: expected ';'";
    QTest::newRow("info") << int(LogStream::Info) << "Build started.";
    QTest::newRow("device") << int(LogStream::Device) << "td: ready";
    QTest::newRow("empty") << int(LogStream::Stdout) << "";
    QTest::newRow("brackets in the text") << int(LogStream::Stdout) << "[stderr] not a prefix";
    QTest::newRow("non-ASCII") << int(LogStream::Info) << QString::fromUtf8("Größe: 3 µs");
}

void tst_Gui_LogStore::readsTheRecordsLines()
{
    QFETCH(int, stream);
    QFETCH(QString, text);
    log(DeploymentStep::Build, LogStream(stream), text);
    LogModel model;
    model.followRecordLogs({logPath(DeploymentStep::Build)});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.lineText(0), text);
    QCOMPARE(int(model.stream(0)), stream);
    QCOMPARE(model.timestamp(0), QDateTime(QDate(2026, 12, 3), QTime(6, 12, 16, 123), Qt::UTC));
}

void tst_Gui_LogStore::twoStepLogsOneAfterTheOther()
{
    log(DeploymentStep::Generate, LogStream::Info, "Generate project started.");
    log(DeploymentStep::Generate, LogStream::Stdout, "generated");
    LogModel model;
    model.followRecordLogs({logPath(DeploymentStep::Generate), logPath(DeploymentStep::Build)});
    QCOMPARE(model.rowCount(), 2);
    log(DeploymentStep::Build, LogStream::Info, "Build started.");
    log(DeploymentStep::Build, LogStream::Stderr, "cc: warning: x");
    model.refresh();
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.lineText(1), QStringLiteral("generated"));
    QCOMPARE(model.lineText(2), QStringLiteral("Build started."));
    QCOMPARE(model.stream(3), LogStream::Stderr);
    QCOMPARE(model.level(3), LogLevel::Warning);
    QCOMPARE(model.filePath(), logPath(DeploymentStep::Build));
}

void tst_Gui_LogStore::filesThatAppearLater()
{
    LogModel model;
    model.followRecordLogs({logPath(DeploymentStep::Flash)});
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!QFile::exists(logPath(DeploymentStep::Flash)));
    log(DeploymentStep::Flash, LogStream::Info, "Flash started.");
    model.refresh();
    QCOMPARE(model.rowCount(), 1);
}

void tst_Gui_LogStore::hiddenStreamsAndTheirContinuations()
{
    log(DeploymentStep::Run, LogStream::Info, "Run started.");
    log(DeploymentStep::Run, LogStream::Device, "device line\nits second line");
    log(DeploymentStep::Run, LogStream::Info, "details:\n  first\n  second");
    LogModel model;
    model.followRecordLogs({logPath(DeploymentStep::Connect), logPath(DeploymentStep::Run)},
                           {LogStream::Device});
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.lineText(0), QStringLiteral("Run started."));
    QCOMPARE(model.lineText(1), QStringLiteral("details:"));
    QCOMPARE(model.lineText(2), QStringLiteral("  first"));
    QCOMPARE(model.stream(3), LogStream::Info);
    QCOMPARE(model.timestamp(3), model.timestamp(1));
}

void tst_Gui_LogStore::rotatedLogKeepsItsLines()
{
    m_record.setLogLimit(200);
    LogModel model;
    model.followRecordLogs({logPath(DeploymentStep::Run)});
    for (int i = 0; i < 20; ++i) {
        log(DeploymentStep::Run, LogStream::Info, QStringLiteral("round %1").arg(i));
        if (i % 3 == 0)
            model.refresh(); // sometimes between rotations, sometimes across them
    }
    model.refresh();
    QVERIFY(QFile::exists(logPath(DeploymentStep::Run) + QStringLiteral(".1")));
    QCOMPARE(model.rowCount(), 20);
    for (int i = 0; i < 20; ++i)
        QCOMPARE(model.lineText(i), QStringLiteral("round %1").arg(i));
}

void tst_Gui_LogStore::partialLineWaitsForItsNewline()
{
    QFile file(logPath(DeploymentStep::Build));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    file.write("2026-12-03T06:12:16.123Z [std");
    LogModel model;
    model.followRecordLogs({file.fileName()});
    QCOMPARE(model.rowCount(), 0);
    file.write("err] half\n2026-12-03T06:12:16.124Z [stdout] whole\n");
    model.refresh();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.lineText(0), QStringLiteral("half"));
    QCOMPARE(model.stream(0), LogStream::Stderr);
    QCOMPARE(model.lineText(1), QStringLiteral("whole"));
}

void tst_Gui_LogStore::searchAcrossTwoFiles()
{
    for (int i = 0; i < 300; ++i)
        log(DeploymentStep::Generate, LogStream::Stdout, QStringLiteral("gen %1").arg(i));
    for (int i = 0; i < 300; ++i)
        log(DeploymentStep::Build, LogStream::Stdout, QStringLiteral("build %1").arg(i));
    LogModel model;
    model.followRecordLogs({logPath(DeploymentStep::Generate), logPath(DeploymentStep::Build)});
    QCOMPARE(model.rowCount(), 600);
    QCOMPARE(model.find("build 7", -1, false), 307);
    QCOMPARE(model.find("gen 299", 400, true), 299);
    QCOMPARE(model.find("gen 1", 307, false), 1); // wraps
    // A step stops at the end of a file.
    const LogModel::FindStep step = model.findStep("nothing", 250, false, 100);
    QCOMPARE(step.resumeRow, 300);
}

void tst_Gui_LogStore::saveWritesTheTextOfEveryLine()
{
    log(DeploymentStep::Generate, LogStream::Info, "one");
    log(DeploymentStep::Build, LogStream::Stderr, "two");
    log(DeploymentStep::Build, LogStream::Stdout, "three");
    LogModel model;
    model.followRecordLogs({logPath(DeploymentStep::Generate), logPath(DeploymentStep::Build)});
    model.clear(); // hidden from the view, still saved
    QCOMPARE(model.rowCount(), 0);
    log(DeploymentStep::Build, LogStream::Stdout, "four");
    QSignalSpy saved(&model, &LogModel::saved);
    const QString copy = m_dir->filePath(QStringLiteral("copy.log"));
    model.saveAs(copy);
    QVERIFY(saved.wait());
    QFile file(copy);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("one\ntwo\nthree\nfour\n"));
    QCOMPARE(model.rowCount(), 1);
}

void tst_Gui_LogStore::refreshLaterIsOneInsert()
{
    LogModel model;
    model.followRecordLogs({logPath(DeploymentStep::Flash)});
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    for (int i = 0; i < 50; ++i) {
        log(DeploymentStep::Flash, LogStream::Stdout, QStringLiteral("Writing %1").arg(i));
        model.refreshLater();
    }
    QCOMPARE(model.rowCount(), 0); // not yet: batched
    QVERIFY(inserted.wait());
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 50);
}

QTEST_MAIN(tst_Gui_LogStore)
#include "tst_gui_logstore.moc"
