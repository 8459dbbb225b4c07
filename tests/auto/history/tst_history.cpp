// The record index: summaries of finished, failed, cancelled, interrupted and in-progress
// records; older and hand-edited records; filters; delete; the firmware's ELF sizes; and how
// long 500 records take to list (printed, not asserted).

#include "recordfixtures.h"

#include <deploy/firmwareinfo.h>
#include <deploy/recordprocess.h>
#include <history/recordindex.h>

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace TinyDeploy;
using namespace TinyDeploy::History;
using namespace RecordFixtures;

Q_DECLARE_METATYPE(std::optional<TinyDeploy::History::RecordResult>)

class tst_History : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void summary_data();
    void summary();
    void brokenRecord_data();
    void brokenRecord();
    void oneBadRecordHidesNothing();
    void filters_data();
    void filters();
    void deleteRecord();
    void resolve();
    void dateBounds_data();
    void dateBounds();
    void validationSummary();
    void elfSizesMatchBinutils();
    void notAnElf();
    void fiveHundredRecords();

private:
    QString folder(const QString &name) const { return m_root + "/" + name; }

    QTemporaryDir m_dir;
    QString m_root;
    int m_case = 0;
};

void tst_History::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_History::init()
{
    m_root = m_dir.filePath(QString::number(++m_case));
    QVERIFY(QDir().mkpath(m_root));
}

void tst_History::summary_data()
{
    QTest::addColumn<QJsonObject>("deployment");
    QTest::addColumn<int>("result");
    QTest::addColumn<QString>("step");

    QTest::newRow("finished") << record("digits",
                                        "mps2-an385",
                                        "2026-12-01T10:00:00.000Z",
                                        "finished")
                              << int(RecordResult::Finished) << QString();
    QTest::newRow("failed") << record("digits", "mps2-an385", "2026-12-01T10:00:00.000Z", "failed")
                            << int(RecordResult::Failed) << "flash";
    QTest::newRow("cancelled") << record("digits",
                                         "mps2-an385",
                                         "2026-12-01T10:00:00.000Z",
                                         "cancelled")
                               << int(RecordResult::Cancelled) << "build";
    // This test's own process still runs: the deployment is in progress.
    QTest::newRow("in progress") << record("digits",
                                           "mps2-an385",
                                           "2026-12-01T10:00:00.000Z",
                                           "building")
                                 << int(RecordResult::InProgress) << "build";
    QJsonObject dead = record("digits", "mps2-an385", "2026-12-01T10:00:00.000Z", "building");
    QJsonObject process = dead.value("process").toObject();
    process.insert("pid", deadPid);
    dead.insert("process", process);
    QTest::newRow("interrupted: pid gone") << dead << int(RecordResult::Interrupted) << "build";
    // Our pid, but another start time: the pid was given to another process since.
    QJsonObject reused = record("digits", "mps2-an385", "2026-12-01T10:00:00.000Z", "building");
    process = reused.value("process").toObject();
    process.insert("start_ticks", "1");
    reused.insert("process", process);
    QTest::newRow("interrupted: pid reused") << reused << int(RecordResult::Interrupted) << "build";
    // Written by a version that recorded no process nor current step.
    QJsonObject older = record("digits", "mps2-an385", "2026-12-01T10:00:00.000Z", "running");
    for (const char *key : {"process", "current_step", "serial_number", "run_protocol", "summary"})
        older.remove(key);
    QTest::newRow("older version, interrupted") << older << int(RecordResult::Interrupted) << "run";
    QJsonObject otherHost = record("digits", "mps2-an385", "2026-12-01T10:00:00.000Z", "building");
    process = otherHost.value("process").toObject();
    process.insert("host", QString("another-machine-" + QString::number(deadPid)));
    process.insert("pid", deadPid);
    otherHost.insert("process", process);
    QTest::newRow("another machine's, in progress")
        << otherHost << int(RecordResult::InProgress) << "build";
}

void tst_History::summary()
{
    QFETCH(QJsonObject, deployment);
    QFETCH(int, result);
    QFETCH(QString, step);
    QVERIFY(writeRecord(folder("20261201-100000-digits"), deployment));
    const Result<RecordSummary> summary = loadSummary(folder("20261201-100000-digits"));
    QVERIFY2(summary, summary ? "" : qPrintable(summary.error().oneLine()));
    QCOMPARE(int(summary->result), result);
    QCOMPARE(summary->step, step);
    QCOMPARE(summary->model, QString("digits"));
    QCOMPARE(summary->board, QString("mps2-an385"));
    QCOMPARE(summary->id, QString("20261201-100000-digits"));
    QCOMPARE(summary->created, QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC));
    if (result == int(RecordResult::Interrupted))
        QCOMPARE(summary->resultText(), "interrupted during " + step);
}

void tst_History::brokenRecord_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<int>("code");

    QTest::newRow("not JSON") << QByteArray("{\"format_version\": 1, \"state\": ")
                              << int(ErrorCode::InvalidJson);
    QTest::newRow("an array") << QByteArray("[1, 2]") << int(ErrorCode::InvalidJson);
    QTest::newRow("no format_version")
        << QByteArray(R"({"state": "finished", "created": "2026-12-01T10:00:00Z"})")
        << int(ErrorCode::MissingField);
    QTest::newRow("newer format") << QByteArray(
        R"({"format_version": 2, "state": "finished", "created": "x"})")
                                  << int(ErrorCode::UnsupportedVersion);
    QTest::newRow("no state") << QByteArray(
        R"({"format_version": 1, "created": "2026-12-01T10:00:00Z"})")
                              << int(ErrorCode::MissingField);
    QTest::newRow("state edited") << QByteArray(
        R"({"format_version": 1, "state": "great", "created": "2026-12-01T10:00:00Z"})")
                                  << int(ErrorCode::InvalidValue);
    QTest::newRow("date edited") << QByteArray(
        R"({"format_version": 1, "state": "finished", "created": "yesterday"})")
                                 << int(ErrorCode::InvalidValue);
}

void tst_History::brokenRecord()
{
    QFETCH(QByteArray, contents);
    QFETCH(int, code);
    const QString path = folder("broken") + "/deployment.json";
    QVERIFY(writeFile(path, contents));
    const Result<RecordSummary> summary = loadSummary(folder("broken"));
    QVERIFY(!summary);
    QCOMPARE(int(summary.error().code), code);
    // The error names the file, and says what to do.
    QCOMPARE(summary.error().location, path);
    QVERIFY(!summary.error().hint.isEmpty());
}

void tst_History::oneBadRecordHidesNothing()
{
    QVERIFY(
        writeRecord(folder("a"), record("alpha", "host", "2026-12-01T10:00:00.000Z", "finished")));
    QVERIFY(writeFile(folder("b") + "/deployment.json", "not json"));
    QVERIFY(writeRecord(folder("c"), record("gamma", "host", "2026-12-02T10:00:00.000Z", "failed")));
    QVERIFY(QDir().mkpath(folder("not-a-record"))); // no deployment.json, no logs/: ignored
    const RecordScan scan = RecordIndex({m_root}).scan();
    QCOMPARE(scan.records.size(), 2);
    QCOMPARE(scan.records.at(0).model, QString("gamma")); // newest first
    QCOMPARE(scan.records.at(1).model, QString("alpha"));
    QCOMPARE(scan.errors.size(), 1);
    QCOMPARE(scan.errors.first().location, folder("b") + "/deployment.json");
}

void tst_History::filters_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("board");
    QTest::addColumn<QString>("since");
    QTest::addColumn<QString>("until");
    QTest::addColumn<QString>("result");
    QTest::addColumn<QStringList>("expected"); // models, newest first

    QTest::newRow("all") << ""
                         << ""
                         << ""
                         << ""
                         << "" << QStringList{"kws", "digits_int8", "digits_float32", "mnist"};
    QTest::newRow("model part") << "DIGITS"
                                << ""
                                << ""
                                << ""
                                << "" << QStringList{"digits_int8", "digits_float32"};
    QTest::newRow("board") << ""
                           << "stm32"
                           << ""
                           << ""
                           << "" << QStringList{"digits_int8", "mnist"};
    QTest::newRow("since") << ""
                           << ""
                           << "2026-11-15"
                           << ""
                           << "" << QStringList{"kws", "digits_int8", "digits_float32"};
    QTest::newRow("until") << ""
                           << ""
                           << ""
                           << "2026-11-15"
                           << "" << QStringList{"mnist"};
    QTest::newRow("range") << ""
                           << ""
                           << "2026-11-15"
                           << "2026-12-02"
                           << "" << QStringList{"digits_float32"};
    QTest::newRow("failed") << ""
                            << ""
                            << ""
                            << ""
                            << "failed" << QStringList{"digits_int8"};
    QTest::newRow("interrupted") << ""
                                 << ""
                                 << ""
                                 << ""
                                 << "interrupted" << QStringList{"kws"};
    QTest::newRow("cancelled") << ""
                               << ""
                               << ""
                               << ""
                               << "cancelled" << QStringList{"mnist"};
    QTest::newRow("finished") << ""
                              << ""
                              << ""
                              << ""
                              << "finished" << QStringList{"digits_float32"};
    QTest::newRow("combined") << "digits"
                              << "stm32"
                              << "2026-12-01"
                              << ""
                              << "failed" << QStringList{"digits_int8"};
    QTest::newRow("none") << "digits"
                          << "microbit"
                          << ""
                          << ""
                          << "" << QStringList{};
}

void tst_History::filters()
{
    QFETCH(QString, model);
    QFETCH(QString, board);
    QFETCH(QString, since);
    QFETCH(QString, until);
    QFETCH(QString, result);
    QFETCH(QStringList, expected);
    QVERIFY(
        writeRecord(folder("1"),
                    record("mnist", "nucleo-f446re-stm32", "2026-11-01T09:00:00.000Z", "cancelled")));
    QVERIFY(
        writeRecord(folder("2"),
                    record("digits_float32", "mps2-an385", "2026-12-01T09:00:00.000Z", "finished")));
    QVERIFY(
        writeRecord(folder("3"),
                    record("digits_int8", "stm32-nucleo", "2026-12-02T09:00:00.000Z", "failed")));
    QJsonObject killed = record("kws", "host", "2026-12-03T09:00:00.000Z", "building");
    QJsonObject process = killed.value("process").toObject();
    process.insert("pid", deadPid);
    killed.insert("process", process);
    QVERIFY(writeRecord(folder("4"), killed));

    RecordFilter filter;
    filter.model = model;
    filter.board = board;
    if (!since.isEmpty())
        filter.since = *parseDateBound(since);
    if (!until.isEmpty())
        filter.until = *parseDateBound(until);
    if (!result.isEmpty())
        filter.result = resultFromName(result);
    const RecordScan scan = RecordIndex({m_root}).scan(filter);
    QVERIFY(scan.errors.isEmpty());
    QStringList models;
    for (const RecordSummary &summary : scan.records)
        models << summary.model;
    QCOMPARE(models, expected);
}

void tst_History::deleteRecord()
{
    QVERIFY(
        writeRecord(folder("r"), record("digits", "host", "2026-12-01T10:00:00.000Z", "finished")));
    QVERIFY(writeFile(folder("r") + "/project/build/firmware.elf", "x"));
    QVERIFY(RecordIndex::remove(folder("r")));
    QVERIFY(!QFileInfo::exists(folder("r")));
    // A folder that is not a record is never deleted.
    QVERIFY(writeFile(folder("keep") + "/precious.txt", "x"));
    const Result<void> refused = RecordIndex::remove(folder("keep"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::InvalidArgument);
    QVERIFY(QFileInfo::exists(folder("keep") + "/precious.txt"));
}

void tst_History::resolve()
{
    QVERIFY(writeRecord(folder("20261201-100000-digits"),
                        record("digits", "host", "2026-12-01T10:00:00.000Z", "finished")));
    const RecordIndex index({m_dir.filePath("elsewhere"), m_root});
    QCOMPARE(*index.resolve("20261201-100000-digits"), folder("20261201-100000-digits"));
    QCOMPARE(*index.resolve(folder("20261201-100000-digits")), folder("20261201-100000-digits"));
    const Result<QString> missing = index.resolve("nothing");
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
}

void tst_History::dateBounds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("date") << "2026-12-03" << true;
    QTest::newRow("minutes") << "2026-12-03T10:15" << true;
    QTest::newRow("utc") << "2026-12-03T10:15:00Z" << true;
    QTest::newRow("words") << "last tuesday" << false;
    QTest::newRow("empty") << "" << false;
}

void tst_History::dateBounds()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const Result<QDateTime> bound = parseDateBound(text);
    QCOMPARE(bool(bound), valid);
    if (!valid)
        QVERIFY(bound.error().message.contains(text));
}

void tst_History::validationSummary()
{
    QVERIFY(
        writeRecord(folder("v"), record("digits", "host", "2026-12-01T10:00:00.000Z", "finished")));
    QVERIFY(writeFile(folder("v") + "/validation.json", QJsonDocument(validation()).toJson()));
    Result<RecordSummary> summary = loadSummary(folder("v"));
    QVERIFY(summary);
    QVERIFY(summary->hasValidation);
    QCOMPARE(*summary->accuracy, 0.9756);
    QCOMPARE(*summary->latencyMedianUs, 2.0);
    QCOMPARE(summary->agreementText(), QString("97.6 % accuracy"));
    // A broken validation.json does not hide the record.
    QVERIFY(writeFile(folder("v") + "/validation.json", "{"));
    summary = loadSummary(folder("v"));
    QVERIFY(summary);
    QVERIFY(!summary->hasValidation);
    QCOMPARE(summary->agreementText(), QString("1/1 agree"));
}

void tst_History::elfSizesMatchBinutils()
{
    const QString size = QStandardPaths::findExecutable("size");
    if (size.isEmpty())
        QSKIP("binutils' size is not installed: nothing to compare the ELF sizes with");
    const QString binary = QCoreApplication::applicationFilePath();
    QProcess process;
    process.start(size, {binary});
    QVERIFY(process.waitForFinished(30000));
    const QStringList lines = QString::fromLocal8Bit(process.readAllStandardOutput()).split('\n');
    QVERIFY(lines.size() >= 2);
    const QStringList fields = lines.at(1).split(QRegularExpression("\\s+"), Qt::SkipEmptyParts);
    const std::optional<Deploy::FirmwareInfo> info = Deploy::measureFirmware(binary);
    QVERIFY(info);
    QCOMPARE(*info->textBytes, fields.at(0).toLongLong());
    QCOMPARE(*info->dataBytes, fields.at(1).toLongLong());
    QCOMPARE(*info->bssBytes, fields.at(2).toLongLong());
    QCOMPARE(info->fileBytes, QFileInfo(binary).size());
    QCOMPARE(info->sha256.size(), 64);
}

void tst_History::notAnElf()
{
    QVERIFY(writeFile(folder("f") + "/build/firmware.elf",
                      QByteArray("\177ELF") + QByteArray(100, '\xff')));
    const std::optional<Deploy::FirmwareInfo> info = Deploy::findFirmware(folder("f"), QJsonValue());
    QVERIFY(info);
    QCOMPARE(info->source, QString("build_folder"));
    QCOMPARE(info->fileBytes, 104);
    QVERIFY(!info->textBytes); // a truncated header is not measured, only hashed
    QVERIFY(!Deploy::findFirmware(folder("none"), QJsonValue()));
}

void tst_History::fiveHundredRecords()
{
    QJsonObject deployment = record("digits", "mps2-an385", "2026-12-01T10:00:00.000Z", "finished");
    const QByteArray bytes = QJsonDocument(deployment).toJson();
    for (int i = 0; i < 500; ++i) {
        const QString name = QString("20261201-%1-digits").arg(i, 6, 10, QChar('0'));
        QVERIFY(writeFile(folder(name) + "/deployment.json", bytes));
        if (i % 5 == 0)
            QVERIFY(
                writeFile(folder(name) + "/validation.json", QJsonDocument(validation()).toJson()));
    }
    QElapsedTimer timer;
    timer.start();
    const RecordScan scan = RecordIndex({m_root}).scan();
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(scan.records.size(), 500);
    // A figure for the README, never an assertion (the machine may be busy).
    qInfo("Listing 500 records (%lld bytes of deployment.json each, 100 with validation.json) took "
          "%lld ms",
          qint64(bytes.size()),
          elapsed);
}

QTEST_GUILESS_MAIN(tst_History)
#include "tst_history.moc"
