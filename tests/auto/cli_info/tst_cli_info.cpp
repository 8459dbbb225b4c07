#include "../modelarchive/rawtar.h"

#include <mlffixtures.h>

#include <fixtures/sharedsamples.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace TinyDeploy::Fixtures;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList &arguments)
{
    Run run;
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(TINYDEPLOY_BINARY_DIR "/bin/tinydeploy-cli", arguments);
    if (!finished.wait(60000)) {
        process.kill();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QJsonObject parseJson(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "invalid JSON:" << error.errorString() << text;
    return doc.object();
}

} // namespace

class tst_CliInfo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void humanSummaryOfFixture();
    void jsonSummaryOfFixture();
    void realSample();
    void hostileArchiveGivesOneLineError();
    void hostileArchiveJson();
    void missingFile();
    void usageErrors_data();
    void usageErrors();

private:
    QTemporaryDir m_tmp;
    QString m_fixture;
};

void tst_CliInfo::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(QFileInfo(TINYDEPLOY_BINARY_DIR "/bin/tinydeploy-cli").isExecutable());
    m_fixture = m_tmp.filePath("model.tar.gz");
    QVERIFY(writeFixtureArchive(FixtureSpec(), m_fixture, Compression::Gzip));
}

void tst_CliInfo::humanSummaryOfFixture()
{
    const Run run = runCli({"info", m_fixture});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.isEmpty());
    const FixtureTensor input = fixtureInputs(FixtureSpec()).first();
    for (const QString &expected : {QString("default"),
                                    QString("tar.gz"),
                                    QString("0.15.dev0"),
                                    QString("aot"),
                                    QString("tvmgen_default_run"),
                                    input.name,
                                    input.dtype,
                                    QString("[1, 4, 4, 1]"),
                                    QString("included (runtime/)")}) {
        QVERIFY2(run.out.contains(expected), qPrintable(expected + " missing in:\n" + run.out));
    }
}

void tst_CliInfo::jsonSummaryOfFixture()
{
    const Run run = runCli({"info", "--json", m_fixture});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject root = parseJson(run.out);
    QCOMPARE(root.value("mlf_version").toInt(), 7);
    QCOMPARE(root.value("format").toString(), QString("tar.gz"));
    QCOMPARE(root.value("tvm_version").toString(), QString("0.15.dev0"));
    QCOMPARE(root.value("runtime_included").toBool(), true);
    const QJsonObject module = root.value("modules").toArray().first().toObject();
    QCOMPARE(module.value("name").toString(), QString("default"));
    QCOMPARE(module.value("entry_point").toString(), QString("tvmgen_default_run"));
    QCOMPARE(module.value("entry_point_kind").toString(), QString("run"));
    const QJsonObject input = module.value("inputs").toArray().first().toObject();
    const FixtureTensor expected = fixtureInputs(FixtureSpec()).first();
    QCOMPARE(input.value("name").toString(), expected.name);
    QCOMPARE(input.value("c_name").toString(), expected.cName);
    QCOMPARE(input.value("dtype").toString(), expected.dtype);
    QCOMPARE(input.value("bytes").toInteger(), expected.bytes);
    QJsonArray shape;
    for (const qint64 d : expected.shape)
        shape.append(d);
    QCOMPARE(input.value("shape").toArray(), shape);
    QVERIFY(root.value("warnings").isArray());
}

void tst_CliInfo::realSample()
{
    const QString path = QDir::cleanPath(TINYDEPLOY_SHARED_DIR "/mlf-samples/linaro_sine_v5.tar");
    if (!QFileInfo(path).isFile())
        TINYDEPLOY_SKIP_WITHOUT_SHARED("The real MLF sample is not available at " + path);
    const Run human = runCli({"info", path});
    QCOMPARE(human.exitCode, 0);
    QVERIFY(human.out.contains("0.9.dev0"));
    QVERIFY(human.out.contains("dense_4_input"));
    QVERIFY(human.out.contains("not included"));

    const Run json = runCli({"info", path, "--json"});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject root = parseJson(json.out);
    QCOMPARE(root.value("mlf_version").toInt(), 5);
    QCOMPARE(root.value("runtime_included").toBool(), false);
    const QJsonObject module = root.value("modules").toArray().first().toObject();
    QCOMPARE(module.value("entry_point").toString(), QString("tvmgen_default_run"));
    QCOMPARE(module.value("entry_point_member").toString(),
             QString("codegen/host/src/default_lib0.c"));
    QCOMPARE(module.value("relay").toString(), QString("src/relay.txt"));
    QCOMPARE(module.value("params").toObject().value("count").toInt(), 0);
}

void tst_CliInfo::hostileArchiveGivesOneLineError()
{
    const QString path = m_tmp.filePath("hostile.tar");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(RawTar::Builder().file("./metadata.json", "{}").file("../evil.txt", "x").finish());
    f.close();
    const Run run = runCli({"info", path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    const QStringList lines = run.err.trimmed().split('\n');
    // The error on one line; printError may add the hint, indented, on a second.
    QVERIFY2(lines.size() <= 2, qPrintable(run.err));
    QVERIFY2(lines.first().startsWith("tinydeploy-cli: hostile.tar: ../evil.txt: "),
             qPrintable(run.err));
    if (lines.size() == 2)
        QVERIFY(lines.at(1).startsWith("  "));
}

void tst_CliInfo::hostileArchiveJson()
{
    const QString path = m_tmp.filePath("garbage.tar");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(2000, 'g'));
    f.close();
    const Run run = runCli({"info", "--json", path});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject error = parseJson(run.out).value("error").toObject();
    QCOMPARE(error.value("code").toString(), QString("not-an-archive"));
    QVERIFY(!error.value("message").toString().isEmpty());
    QVERIFY(run.err.startsWith("tinydeploy-cli: garbage.tar: "));
}

void tst_CliInfo::missingFile()
{
    const Run run = runCli({"info", m_tmp.filePath("nope.tar")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.startsWith("tinydeploy-cli: nope.tar: "));
}

void tst_CliInfo::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no archive") << QStringList{"info"};
    QTest::newRow("two archives") << QStringList{"info", "a.tar", "b.tar"};
    QTest::newRow("unknown option") << QStringList{"info", "--frobnicate", "a.tar"};
}

void tst_CliInfo::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run run = runCli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY(!run.err.isEmpty());
}

QTEST_GUILESS_MAIN(tst_CliInfo)
#include "tst_cli_info.moc"
