// Hand-over reports of a record: the JSON matches docs/report-schema.json (checked with
// tests/tools/jsonschema_subset.py, a standard-library validator of the schema's subset), the
// HTML escapes every text of the record and is self-contained, and headless Chromium renders it
// without a console error and shows the accuracy and the board.

#include "../history/recordfixtures.h"

#include <history/report.h>
#include <history/reporthtml.h>

#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace TinyDeploy;
using namespace TinyDeploy::History;
using namespace RecordFixtures;

namespace {

const QString schemaPath = QStringLiteral(TINYDEPLOY_SOURCE_DIR "/docs/report-schema.json");
const QString validatorPath = QStringLiteral(TINYDEPLOY_TESTS_DIR "/tools/jsonschema_subset.py");
const QString hostileModel = QStringLiteral("<script>alert(1)</script>&\"x\"%1");
const QString hostileLog = QStringLiteral(
    "<img src=x onerror=alert(2)> </pre></details><b>log</b>");

QJsonObject resultJson(const QString &input, int predicted, double medianUs)
{
    return QJsonObject{{"input", input},
                       {"round", 1},
                       {"outputs",
                        QJsonArray{QJsonObject{{"name", "output"},
                                               {"dtype", "float32"},
                                               {"shape", QJsonArray{1, 2}},
                                               {"values", QJsonArray{0.9, 0.1}}}}},
                       {"latency",
                        QJsonObject{{"runs", 1},
                                    {"us",
                                     QJsonObject{{"min", medianUs},
                                                 {"median", medianUs},
                                                 {"max", medianUs}}}}},
                       {"predicted", predicted},
                       {"predicted_label", QString::number(predicted)},
                       {"agrees_with_expected", true}};
}

// A complete record: firmware, fit check, results, validation, logs; and a hostile model name,
// tool version, option and log line.
void writeFullRecord(const QString &folder, bool withValidation)
{
    QJsonObject deployment = record("digits", "mps2-an385", "2026-12-01T10:00:00.000Z", "finished");
    QJsonObject model = deployment.value("model").toObject();
    model.insert("path", QString("/models/" + hostileModel + ".tar"));
    deployment.insert("model", model);
    deployment.insert("serial_number", "0669FF3032");
    deployment.insert("options", QJsonObject{{"board", "mps2-an385"}, {"note", "<i>opt</i>"}});
    deployment.insert("tool_versions",
                      QJsonObject{{"tinydeploy", "0.1.0"},
                                  {"arm-none-eabi-gcc", "gcc <12.2> & \"newlib\""},
                                  {"qt", "6.4.2"}});
    deployment.insert("firmware",
                      QJsonObject{{"path", "/p/build/firmware.elf"},
                                  {"file_bytes", 123456},
                                  {"sha256", QString(64, 'a')},
                                  {"source", "build_folder"},
                                  {"text_bytes", 20000},
                                  {"data_bytes", 100},
                                  {"bss_bytes", 4000}});
    deployment.insert(
        "fit_check",
        QJsonObject{{"board", "mps2-an385"},
                    {"flash", QJsonObject{{"needed_bytes", 90000}, {"available_bytes", 4194304}}},
                    {"ram", QJsonObject{{"needed_bytes", 300000}, {"available_bytes", 262144}}}});
    QVERIFY(writeRecord(folder, deployment));
    const QJsonObject results{{"format_version", 1},
                              {"results",
                               QJsonArray{resultJson("sample_0", 0, 110),
                                          resultJson("sample_1", 1, 130)}}};
    QVERIFY(writeFile(folder + "/results.json", QJsonDocument(results).toJson()));
    if (withValidation) {
        QJsonObject v = validation();
        QJsonObject classifier = v.value("classifier").toObject();
        classifier.insert("labels", QJsonArray{"<b>zero</b>", "one"});
        v.insert("classifier", classifier);
        QVERIFY(writeFile(folder + "/validation.json", QJsonDocument(v).toJson()));
    }
    QVERIFY(writeFile(folder + "/logs/2-build.log",
                      ("2026-12-01T10:00:00.000Z [stdout] " + hostileLog + "\n").toUtf8()));
}

// Lines of Chromium's stderr that come from the page: console messages and uncaught errors.
QStringList pageProblems(const QString &stderrText)
{
    QStringList problems;
    for (const QString &line : stderrText.split('\n')) {
        if (line.contains("CONSOLE") || line.contains("Uncaught"))
            problems << line;
    }
    return problems;
}

} // namespace

class tst_Report : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void jsonMatchesSchema_data();
    void jsonMatchesSchema();
    void schemaCheckCatchesBadReports();
    void htmlEscapesEverything();
    void htmlIsSelfContained();
    void htmlShowsValidation();
    void reportOfBrokenRecordNamesFile();
    void browserConsoleCheckWorks();
    void browserRendersReport();

private:
    int validate(const QString &documentPath, QString *output);
    QString chromium() const;
    /// Renders @p page with headless Chromium: the dumped DOM and the page's console lines.
    bool render(const QString &page, QString *dom, QStringList *problems);

    QTemporaryDir m_dir;
};

void tst_Report::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(QFileInfo::exists(schemaPath));
}

int tst_Report::validate(const QString &documentPath, QString *output)
{
    const QString python = QStandardPaths::findExecutable("python3");
    if (python.isEmpty())
        return -1;
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(python, {validatorPath, schemaPath, documentPath});
    if (!finished.wait(60000))
        return -2;
    *output = QString::fromUtf8(process.readAll());
    return process.exitCode();
}

void tst_Report::jsonMatchesSchema_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("complete, with validation") << "full";
    QTest::newRow("no validation") << "novalidation";
    QTest::newRow("older record: no results, no firmware, failed") << "minimal";
    QTest::newRow("interrupted") << "interrupted";
}

void tst_Report::jsonMatchesSchema()
{
    QFETCH(QString, kind);
    if (QStandardPaths::findExecutable("python3").isEmpty())
        QSKIP("python3 is not installed: the schema check needs it");
    const QString folder = m_dir.filePath("schema-" + kind);
    if (kind == "full" || kind == "novalidation") {
        writeFullRecord(folder, kind == "full");
    } else if (kind == "minimal") {
        QJsonObject deployment = record("digits", "host", "2026-12-01T10:00:00.000Z", "failed");
        for (const char *key : {"process", "serial_number", "run_protocol", "summary"})
            deployment.remove(key);
        QVERIFY(writeRecord(folder, deployment));
    } else {
        QJsonObject deployment = record("digits", "host", "2026-12-01T10:00:00.000Z", "building");
        QJsonObject process = deployment.value("process").toObject();
        process.insert("pid", deadPid);
        deployment.insert("process", process);
        QVERIFY(writeRecord(folder, deployment));
    }
    const Result<QJsonObject> report = buildReport(folder);
    QVERIFY2(report, report ? "" : qPrintable(report.error().oneLine()));
    const QString path = folder + "/report.json";
    QVERIFY(writeJsonReport(*report, path));
    QString output;
    const int status = validate(path, &output);
    QVERIFY2(status == 0, qPrintable(output));
    if (kind == "interrupted") {
        QCOMPARE(report->value("summary").toObject().value("result").toString(),
                 QString("interrupted"));
        QCOMPARE(report->value("summary").toObject().value("step").toString(), QString("build"));
    }
}

void tst_Report::schemaCheckCatchesBadReports()
{
    if (QStandardPaths::findExecutable("python3").isEmpty())
        QSKIP("python3 is not installed: the schema check needs it");
    const QString folder = m_dir.filePath("bad-schema");
    writeFullRecord(folder, true);
    QJsonObject report = *buildReport(folder);
    QJsonObject summary = report.value("summary").toObject();
    summary.insert("result", "great");
    report.insert("summary", summary);
    report.remove("steps");
    const QString path = folder + "/bad.json";
    QVERIFY(writeJsonReport(report, path));
    QString output;
    QCOMPARE(validate(path, &output), 1);
    QVERIFY2(output.contains("$.summary.result") && output.contains("'steps'"), qPrintable(output));
}

void tst_Report::htmlEscapesEverything()
{
    const QString folder = m_dir.filePath("escape");
    writeFullRecord(folder, true);
    const QString html = reportHtml(*buildReport(folder));
    for (const char *raw : {"<script", "<img", "<b>", "<i>", "</pre></details><b>"})
        QVERIFY2(!html.contains(raw), raw);
    QVERIFY(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;&amp;&quot;x&quot;%1"));
    QVERIFY(html.contains("&lt;img src=x onerror=alert(2)&gt;"));
    QVERIFY(html.contains("&lt;b&gt;zero&lt;/b&gt;"));
    QVERIFY(html.contains("gcc &lt;12.2&gt; &amp; &quot;newlib&quot;"));
    QVERIFY(html.contains("&lt;i&gt;opt&lt;/i&gt;"));
}

void tst_Report::htmlIsSelfContained()
{
    const QString folder = m_dir.filePath("contained");
    writeFullRecord(folder, true);
    const QString html = reportHtml(*buildReport(folder));
    QVERIFY(!html.contains("<script"));
    // No tag loads anything (the record's texts are escaped, so every "<" here starts a tag).
    static const QRegularExpression loads("<[^>]*\\s(src|href)=|<link|url\\(");
    QVERIFY2(!loads.match(html).hasMatch(), qPrintable(loads.match(html).captured()));
    QVERIFY(html.contains("<svg"));      // the charts are inline
    QVERIFY(html.contains("<details>")); // the logs are folded
}

void tst_Report::htmlShowsValidation()
{
    const QString folder = m_dir.filePath("validation");
    writeFullRecord(folder, true);
    const QString html = reportHtml(*buildReport(folder));
    QVERIFY(html.contains("id=\"accuracy\">97.56 %"));
    QVERIFY(html.contains("id=\"confusion\""));
    QVERIFY(html.contains("<td class=\"diagonal\">44</td><td>1</td>"));
    QVERIFY(html.contains("sample_17"));
    QVERIFY(html.contains("id=\"serial-number\">0669FF3032"));
    QVERIFY(html.contains("text 20000, data 100, bss 4000"));
    // RAM overflows in the fixture: its bar is red.
    QVERIFY(html.contains("#c62828"));
    const QString without = reportHtml(*buildReport([this] {
        const QString f = m_dir.filePath("validation-none");
        writeFullRecord(f, false);
        return f;
    }()));
    QVERIFY(without.contains("This deployment has no validation results."));
}

void tst_Report::reportOfBrokenRecordNamesFile()
{
    const QString folder = m_dir.filePath("broken");
    QVERIFY(writeRecord(folder, record("digits", "host", "2026-12-01T10:00:00.000Z", "finished")));
    QVERIFY(writeFile(folder + "/results.json", "{ not json"));
    const Result<QJsonObject> report = buildReport(folder);
    QVERIFY(!report);
    QCOMPARE(report.error().location, folder + "/results.json");
}

QString tst_Report::chromium() const
{
    for (const char *name : {"chromium", "chromium-browser", "google-chrome"}) {
        const QString path = QStandardPaths::findExecutable(name);
        if (!path.isEmpty())
            return path;
    }
    return QString();
}

bool tst_Report::render(const QString &page, QString *dom, QStringList *problems)
{
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    const QString profile = m_dir.filePath("chromium-profile");
    process.start(chromium(),
                  {"--headless",
                   "--no-sandbox",
                   "--disable-gpu",
                   "--no-first-run",
                   "--user-data-dir=" + profile,
                   "--enable-logging=stderr",
                   "--v=0",
                   "--dump-dom",
                   QUrl::fromLocalFile(page).toString()});
    if (!finished.wait(120000)) {
        process.kill();
        return false;
    }
    *dom = QString::fromUtf8(process.readAllStandardOutput());
    *problems = pageProblems(QString::fromUtf8(process.readAllStandardError()));
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

void tst_Report::browserConsoleCheckWorks()
{
    if (chromium().isEmpty())
        QSKIP("Chromium is not installed (apt-get install chromium; ./test.sh installs it)");
    // The check must see a page's errors, or its silence on the report proves nothing.
    const QString page = m_dir.filePath("broken-page.html");
    QVERIFY(
        writeFile(page, "<html><body><p>x</p><script>undefinedFunction();</script></body></html>"));
    QString dom;
    QStringList problems;
    QVERIFY(render(page, &dom, &problems));
    QVERIFY2(!problems.isEmpty(), "the console check does not see an uncaught error");
}

void tst_Report::browserRendersReport()
{
    if (chromium().isEmpty())
        QSKIP("Chromium is not installed (apt-get install chromium; ./test.sh installs it)");
    const QString folder = m_dir.filePath("browser");
    writeFullRecord(folder, true);
    const QString page = folder + "/report.html";
    QVERIFY(writeHtmlReport(*buildReport(folder), page));
    QString dom;
    QStringList problems;
    QVERIFY(render(page, &dom, &problems));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
    // What the browser shows: the accuracy, the board, the serial number, the confusion matrix.
    QVERIFY2(dom.contains("<td id=\"accuracy\">97.56 %</td>"), qPrintable(dom.left(2000)));
    QVERIFY(dom.contains("<td id=\"board\">mps2-an385</td>"));
    QVERIFY(dom.contains("<td id=\"serial-number\">0669FF3032</td>"));
    QVERIFY(dom.contains("id=\"confusion\""));
    // The hostile model name arrived as text, not as an element.
    QVERIFY(!dom.contains("<script>alert(1)"));
    QVERIFY(dom.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
}

QTEST_GUILESS_MAIN(tst_Report)
#include "tst_report.moc"
