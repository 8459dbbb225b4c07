#include <deploy/modelstaging.h>

#include <fixtures/sharedsamples.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace TinyDeploy;
using namespace TinyDeploy::Deploy;

namespace {

const QString linaroSample = TINYDEPLOY_SHARED_DIR "/mlf-samples/linaro_sine_v5.tar";

// Runs a Python snippet (the servers' own tar reader is Python's tarfile) and returns stdout.
QByteArray python(const QString &script, const QStringList &arguments = {})
{
    QProcess process;
    process.start("python3", QStringList{"-c", script} + arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        qWarning() << process.readAllStandardError();
        return {};
    }
    return process.readAllStandardOutput();
}

// What a TVM server sees: tarfile.TarFile(path), i.e. uncompressed tar only.
QJsonArray membersAsServerSeesThem(const QString &tarPath)
{
    const QByteArray json
        = python("import json, sys, tarfile\n"
                 "t = tarfile.TarFile(sys.argv[1])\n"
                 "print(json.dumps([[m.name, m.type.decode(), m.uid, m.gid, t.format] for m in "
                 "t.getmembers()]))",
                 {tarPath});
    return QJsonDocument::fromJson(json).array();
}

} // namespace

class tst_ModelStaging : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void stagesTheLinaroSampleAsCleanTar();
    void compressedArchiveBecomesUncompressedTar();
    void crtDirChoice_data();
    void crtDirChoice();
    void missingUserCrtDirIsAnError();
    void hostileArchiveIsRefusedBeforeAnythingIsWritten_data();
    void hostileArchiveIsRefusedBeforeAnythingIsWritten();
    void restagingReplacesEarlierResults();
    void cancelledBeforeStart();

private:
    QString makeDirectoryModel(const QString &root, bool withRuntime, bool runtimeHasCMake);
};

void tst_ModelStaging::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!QFileInfo::exists(linaroSample))
        TINYDEPLOY_SKIP_WITHOUT_SHARED(
            "The shared MLF samples are missing (../shared/mlf-samples).");
    if (QStandardPaths::findExecutable("python3").isEmpty())
        QSKIP("python3 (the servers' tar reader) is needed to check the staged tar.");
}

QString tst_ModelStaging::makeDirectoryModel(const QString &root,
                                             bool withRuntime,
                                             bool runtimeHasCMake)
{
    // An extracted MLF folder: the linaro sample, plus a runtime/ when asked.
    const QString dir = root + "/extracted-model";
    QDir().mkpath(dir);
    QProcess tar;
    tar.start("tar", {"-xf", linaroSample, "-C", dir});
    if (!tar.waitForFinished(30000) || tar.exitCode() != 0)
        return {};
    if (withRuntime) {
        QDir().mkpath(dir + "/runtime/include");
        QFile header(dir + "/runtime/include/tvm_crt.h");
        header.open(QIODevice::WriteOnly);
        header.write("/* crt */\n");
        if (runtimeHasCMake) {
            QFile cmake(dir + "/runtime/CMakeLists.txt");
            cmake.open(QIODevice::WriteOnly);
            cmake.write("project(crt)\n");
        }
    }
    return dir;
}

void tst_ModelStaging::stagesTheLinaroSampleAsCleanTar()
{
    QTemporaryDir work;
    QVERIFY(work.isValid());
    const Result<StagedModel> staged = stageModel(linaroSample, work.path() + "/stage");
    QVERIFY2(staged, qPrintable(staged ? QString() : staged.error().fullText()));

    QCOMPARE(staged->model.version, 5);
    QCOMPARE(staged->tarPath, work.path() + "/stage/model.tar");
    QVERIFY(QFileInfo(staged->extractedDir + "/metadata.json").isFile());
    QVERIFY(QFileInfo(staged->extractedDir + "/codegen/host/src/default_lib1.c").isFile());

    const QJsonArray members = membersAsServerSeesThem(staged->tarPath);
    QVERIFY(!members.isEmpty());
    QStringList names;
    for (const QJsonValue &member : members) {
        const QJsonArray m = member.toArray();
        names << m.at(0).toString();
        QCOMPARE(m.at(2).toInt(), 0); // uid
        QCOMPARE(m.at(3).toInt(), 0); // gid
        QCOMPARE(m.at(4).toInt(), 2); // tarfile.PAX_FORMAT
    }
    // TVM's layout: the root entry first, every other name under "./", parents before children.
    QCOMPARE(names.first(), QString("."));
    for (qsizetype i = 1; i < names.size(); ++i)
        QVERIFY2(names.at(i).startsWith("./"), qPrintable(names.at(i)));
    QVERIFY(names.contains("./metadata.json"));
    QVERIFY(names.indexOf("./codegen") < names.indexOf("./codegen/host/src/default_lib0.c"));

    // Byte-identical content after the round trip.
    const QByteArray fromTar = python("import sys, tarfile\n"
                                      "t = tarfile.TarFile(sys.argv[1])\n"
                                      "sys.stdout.buffer.write(t.extractfile('./metadata.json')"
                                      ".read())",
                                      {staged->tarPath});
    QFile original(staged->extractedDir + "/metadata.json");
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(fromTar, original.readAll());
}

void tst_ModelStaging::compressedArchiveBecomesUncompressedTar()
{
    QTemporaryDir work;
    QVERIFY(work.isValid());
    const QString gz = work.filePath("model.tar.gz");
    QVERIFY(!python("import gzip, shutil, sys\n"
                    "with open(sys.argv[1], 'rb') as i, gzip.open(sys.argv[2], 'wb') as o:\n"
                    "    shutil.copyfileobj(i, o)\n"
                    "print('ok')",
                    {linaroSample, gz})
                 .isEmpty());
    const Result<StagedModel> staged = stageModel(gz, work.filePath("stage"));
    QVERIFY2(staged, qPrintable(staged ? QString() : staged.error().fullText()));
    QFile tar(staged->tarPath);
    QVERIFY(tar.open(QIODevice::ReadOnly));
    const QByteArray head = tar.read(512);
    QCOMPARE(head.mid(257, 5), QByteArray("ustar")); // a plain tar header, not gzip
    QVERIFY(membersAsServerSeesThem(staged->tarPath).size() > 5);
}

void tst_ModelStaging::crtDirChoice_data()
{
    QTest::addColumn<bool>("archiveHasRuntime");
    QTest::addColumn<bool>("runtimeHasCMake");
    QTest::addColumn<bool>("userGivesDir");
    QTest::addColumn<int>("expectedSource");
    QTest::addColumn<bool>("expectWarning");

    QTest::newRow("archive runtime wins over user dir")
        << true << true << true << int(CrtSource::Archive) << false;
    QTest::newRow("archive runtime without CMakeLists warns")
        << true << false << false << int(CrtSource::Archive) << true;
    QTest::newRow("user dir when archive has none")
        << false << false << true << int(CrtSource::User) << false;
    QTest::newRow("empty dir and a warning otherwise")
        << false << false << false << int(CrtSource::Empty) << true;
}

void tst_ModelStaging::crtDirChoice()
{
    QFETCH(bool, archiveHasRuntime);
    QFETCH(bool, runtimeHasCMake);
    QFETCH(bool, userGivesDir);
    QFETCH(int, expectedSource);
    QFETCH(bool, expectWarning);

    QTemporaryDir work;
    QVERIFY(work.isValid());
    const QString model = makeDirectoryModel(work.path(), archiveHasRuntime, runtimeHasCMake);
    QVERIFY(!model.isEmpty());
    StageOptions options;
    if (userGivesDir) {
        options.standaloneCrtDir = work.filePath("user-crt");
        QVERIFY(QDir().mkpath(options.standaloneCrtDir));
    }
    const Result<StagedModel> staged = stageModel(model, work.filePath("stage"), options);
    QVERIFY2(staged, qPrintable(staged ? QString() : staged.error().fullText()));
    QCOMPARE(int(staged->crtSource), expectedSource);
    QVERIFY(QFileInfo(staged->standaloneCrtDir).isDir());
    QVERIFY(QFileInfo(staged->standaloneCrtDir).isAbsolute());
    switch (CrtSource(expectedSource)) {
    case CrtSource::Archive:
        QCOMPARE(staged->standaloneCrtDir, staged->extractedDir + "/runtime");
        QVERIFY(QFileInfo::exists(staged->standaloneCrtDir + "/include/tvm_crt.h"));
        break;
    case CrtSource::User:
        QCOMPARE(staged->standaloneCrtDir, options.standaloneCrtDir);
        break;
    case CrtSource::Empty:
        QVERIFY(QDir(staged->standaloneCrtDir).isEmpty());
        break;
    }
    const bool warned = std::any_of(staged->warnings.cbegin(),
                                    staged->warnings.cend(),
                                    [](const QString &w) {
                                        return w.contains("standalone C runtime")
                                               || w.contains("CMakeLists.txt");
                                    });
    QCOMPARE(warned, expectWarning);
}

void tst_ModelStaging::missingUserCrtDirIsAnError()
{
    QTemporaryDir work;
    StageOptions options;
    options.standaloneCrtDir = work.filePath("does-not-exist");
    const Result<StagedModel> staged = stageModel(linaroSample, work.filePath("stage"), options);
    QVERIFY(!staged);
    QCOMPARE(staged.error().code, ErrorCode::NotFound);
    QCOMPARE(staged.error().location, options.standaloneCrtDir);
    QVERIFY(!QFileInfo::exists(work.filePath("stage")));
}

void tst_ModelStaging::hostileArchiveIsRefusedBeforeAnythingIsWritten_data()
{
    QTest::addColumn<QString>("script");
    // Each script adds a hostile member to tarfile `t` after the real metadata.json.
    QTest::newRow("parent traversal")
        << "i = tarfile.TarInfo('../escaped.txt'); i.size = 1; t.addfile(i, io.BytesIO(b'x'))";
    QTest::newRow("absolute path")
        << "i = tarfile.TarInfo('/tmp/tinydeploy-absolute.txt'); i.size = 1; "
           "t.addfile(i, io.BytesIO(b'x'))";
    QTest::newRow("symlink out")
        << "i = tarfile.TarInfo('./codegen/evil'); i.type = tarfile.SYMTYPE; "
           "i.linkname = '../../../etc'; t.addfile(i)";
    QTest::newRow("device node")
        << "i = tarfile.TarInfo('./dev'); i.type = tarfile.CHRTYPE; i.devmajor = 1; "
           "i.devminor = 3; t.addfile(i)";
}

void tst_ModelStaging::hostileArchiveIsRefusedBeforeAnythingIsWritten()
{
    QFETCH(QString, script);
    QTemporaryDir work;
    QVERIFY(work.isValid());
    const QString hostile = work.filePath("hostile.tar");
    QVERIFY(!python(QString("import io, sys, tarfile\n"
                            "src = tarfile.TarFile(sys.argv[1])\n"
                            "t = tarfile.open(sys.argv[2], 'w', format=tarfile.PAX_FORMAT)\n"
                            "for m in src.getmembers():\n"
                            "    t.addfile(m, src.extractfile(m) if m.isfile() else None)\n"
                            + script.toUtf8()
                            + "\n"
                              "t.close()\nprint('ok')"),
                    {linaroSample, hostile})
                 .isEmpty());

    const QString stage = work.filePath("stage");
    const Result<StagedModel> staged = stageModel(hostile, stage);
    QVERIFY(!staged);
    QVERIFY2(staged.error().code == ErrorCode::UnsafeMember, qPrintable(staged.error().fullText()));
    QVERIFY(!staged.error().message.isEmpty());
    // Nothing written: no work folder, nothing beside it, nothing outside.
    QVERIFY(!QFileInfo::exists(stage));
    QCOMPARE(QDir(work.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             QStringList{"hostile.tar"});
    QVERIFY(!QFileInfo::exists(work.filePath("../escaped.txt")));
}

void tst_ModelStaging::restagingReplacesEarlierResults()
{
    QTemporaryDir work;
    const QString stage = work.filePath("stage");
    QVERIFY(stageModel(linaroSample, stage));
    QFile stray(stage + "/model/stray.txt");
    QVERIFY(stray.open(QIODevice::WriteOnly));
    stray.close();
    const Result<StagedModel> again = stageModel(linaroSample, stage);
    QVERIFY2(again, qPrintable(again ? QString() : again.error().fullText()));
    QVERIFY(!QFileInfo::exists(stage + "/model/stray.txt"));
    const QJsonArray members = membersAsServerSeesThem(again->tarPath);
    QVERIFY(!members.isEmpty());
    for (const QJsonValue &member : members)
        QVERIFY(member.toArray().at(0).toString() != "./stray.txt");
}

void tst_ModelStaging::cancelledBeforeStart()
{
    QTemporaryDir work;
    std::atomic<bool> cancel{true};
    StageOptions options;
    options.cancel = &cancel;
    const Result<StagedModel> staged = stageModel(linaroSample, work.filePath("stage"), options);
    QVERIFY(!staged);
    QCOMPARE(staged.error().code, ErrorCode::Cancelled);
    QVERIFY(!QFileInfo::exists(work.filePath("stage/model.tar")));
}

QTEST_GUILESS_MAIN(tst_ModelStaging)
#include "tst_modelstaging.moc"
