#include "rawtar.h"

#include <mlf/modelarchive.h>
#include <mlffixtures.h>

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <atomic>

using namespace TinyDeploy;
using namespace TinyDeploy::Mlf;
using namespace TinyDeploy::Fixtures;

Q_DECLARE_METATYPE(TinyDeploy::ErrorCode)

namespace {

QString shapeText(const QList<qint64> &shape)
{
    QStringList parts;
    for (const qint64 d : shape)
        parts << QString::number(d);
    return "[" + parts.join(",") + "]";
}

/// Everything of a ModelInfo except where it came from, for comparing containers.
QStringList describe(const ModelInfo &info)
{
    QStringList out;
    out << QString("version=%1 style=%2 tvm=%3 runtime=%4 templates=%5 members=%6")
               .arg(info.version)
               .arg(info.style, info.tvmVersion)
               .arg(info.hasRuntime)
               .arg(info.hasTemplates)
               .arg(info.memberCount);
    for (const ModuleInfo &m : info.modules) {
        out << QString("module %1 executor=%2 targets=%3 export=%4")
                   .arg(m.name, m.executor, m.targets.join("|"), m.exportTimeText);
        for (const TensorInfo &t : m.inputs + m.outputs) {
            out << QString("  tensor %1 %2 %3 %4 %5")
                       .arg(t.name, t.cName, t.dtype)
                       .arg(t.sizeBytes)
                       .arg(shapeText(t.shape));
        }
        for (const DeviceMemory &d : m.memory) {
            out << QString("  memory %1 %2 %3 %4")
                       .arg(d.device)
                       .arg(d.workspaceBytes)
                       .arg(d.constantsBytes)
                       .arg(d.ioBytes);
        }
        for (const ParamInfo &p : m.params)
            out << QString("  param %1 %2 %3 %4")
                       .arg(p.name, p.dtype, shapeText(p.shape))
                       .arg(p.sizeBytes);
        out << QString("  header=%1 relay=%2 graph=%3 sources=%4 (%5 B)")
                   .arg(m.headerMember, m.relayMember, m.graphMember, m.sourceMembers.join(","))
                   .arg(m.sourceBytes);
        out << QString("  entry=%1 kind=%2 in=%3 declared=%4")
                   .arg(m.entryPoint)
                   .arg(int(m.entryPointKind))
                   .arg(m.entryPointMember, m.declaredEntryPoint);
    }
    for (const QString &w : info.warnings)
        out << "warning: " + w;
    return out;
}

QString errorText(const Error &e)
{
    return errorCodeName(e.code) + ": " + e.fullText();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(data), data.size());
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

constexpr qint64 MiB = 1024 * 1024;

// The archive fuzzer's seed corpus. Every small hostile case lives there as hostile-<name>.tar;
// TINYDEPLOY_UPDATE_FUZZ_CORPUS=1 (re)writes them (cases over 64 KiB stay out: the corpus must
// stay small, and the fuzzer's limits refuse them on their first header anyway).
const QString fuzzCorpusDir = QStringLiteral(TINYDEPLOY_TESTS_DIR "/fuzz/corpus/fuzz_archive");
constexpr qsizetype maxCorpusFileBytes = 64 * 1024;

/// @p tar without the zero padding to a 10 KiB record after its end-of-archive marker, which
/// only makes the fuzzer slower; other bytes (compressed, cut) are kept as they are.
QByteArray withoutRecordPadding(const QByteArray &tar)
{
    if (tar.isEmpty() || tar.size() % 10240 != 0)
        return tar;
    qsizetype end = tar.size();
    while (end > 0 && tar.at(end - 1) == '\0')
        --end;
    const qsizetype blocks = (end + 511) / 512;
    return tar.left(std::min(tar.size(), blocks * 512 + 1024));
}

/// The limits fuzz_archive.cpp uses, so that a corpus file behaves here as under the fuzzer.
SummarizeOptions fuzzOptions()
{
    SummarizeOptions options;
    options.limits.maxTotalBytes = 16 * MiB;
    options.limits.maxEntries = 1000;
    return options;
}

} // namespace

class tst_ModelArchive : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyFixture_data();
    void everyFixture();
    void containersGiveTheSameInfo_data();
    void containersGiveTheSameInfo();
    void formatIsDecidedByContent_data();
    void formatIsDecidedByContent();
    void skipsJunkWithoutReadingIt_data();
    void skipsJunkWithoutReadingIt();
    void scansOnlyTheSourceThatDefinesTheEntryPoint();
    void skipsLargeParamsData();
    void hostile_data();
    void hostile();
    void errorsNameMemberAndField_data();
    void errorsNameMemberAndField();
    void listNormalizesNames();
    void readMember();
    void utf8NamesInAnyLocale();
    void duplicateDirectoriesAreFine();
    void nestedTopFolderGetsAHint();
    void cancel();
    void fuzzCorpusHasTheHostileCases_data();
    void fuzzCorpusHasTheHostileCases();
    void fuzzCorpusGivesClearErrors_data();
    void fuzzCorpusGivesClearErrors();

private:
    QTemporaryDir m_tmp;
};

void tst_ModelArchive::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_tmp.isValid());
}

void tst_ModelArchive::everyFixture_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("executor");
    QTest::addColumn<QStringList>("modules");
    QTest::addColumn<bool>("runModel");
    QTest::addColumn<bool>("dotSlash");
    for (int version = 1; version <= 7; ++version) {
        for (const QString executor : {"aot", "graph"}) {
            QTest::addRow("v%d-%s", version, qPrintable(executor))
                << version << executor << QStringList{"default"} << false << true;
        }
    }
    QTest::newRow("v7-aot-multi") << 7 << "aot" << QStringList{"mod1", "mod2"} << false << true;
    QTest::newRow("v7-graph-multi")
        << 7 << "graph" << QStringList{"first", "second"} << false << true;
    QTest::newRow("v5-aot-run-model") << 5 << "aot" << QStringList{"default"} << true << true;
    QTest::newRow("v7-aot-no-dot-slash") << 7 << "aot" << QStringList{"default"} << false << false;
}

// Every metadata version and executor, read from a tar: the reported model is the one the
// fixture describes (names, dtypes, shapes, sizes, entry point, params).
void tst_ModelArchive::everyFixture()
{
    QFETCH(int, version);
    QFETCH(QString, executor);
    QFETCH(QStringList, modules);
    QFETCH(bool, runModel);
    QFETCH(bool, dotSlash);
    FixtureSpec spec;
    spec.version = version;
    spec.executor = executor;
    spec.modules = modules;
    spec.runModelEntry = runModel;
    spec.dotSlash = dotSlash;
    const QString path = m_tmp.filePath(QString("fixture-%1.tar").arg(QTest::currentDataTag()));
    QVERIFY(writeFixtureArchive(spec, path));

    const Result<ModelInfo> info = ModelArchive::summarize(path);
    QVERIFY2(info, qPrintable(info ? QString() : errorText(info.error())));
    QCOMPARE(info->version, version);
    QCOMPARE(info->format, ArchiveFormat::Tar);
    QCOMPARE(info->path, QFileInfo(path).absoluteFilePath());
    QCOMPARE(info->archiveBytes, QFileInfo(path).size());
    QCOMPARE(info->modules.size(), modules.size());
    const QList<FixtureTensor> inputs = fixtureInputs(spec);
    const QList<FixtureTensor> outputs = fixtureOutputs(spec);
    for (qsizetype i = 0; i < modules.size(); ++i) {
        const ModuleInfo &m = info->modules.at(i);
        QCOMPARE(m.name, modules.at(i));
        QCOMPARE(m.executor, executor);
        QVERIFY2(m.inputs.size() == inputs.size(), qPrintable(describe(*info).join('\n')));
        for (qsizetype k = 0; k < inputs.size(); ++k) {
            QCOMPARE(m.inputs.at(k).dtype, inputs.at(k).dtype);
            QCOMPARE(m.inputs.at(k).shape, inputs.at(k).shape);
            QCOMPARE(m.inputs.at(k).sizeBytes, inputs.at(k).bytes);
        }
        QCOMPARE(m.outputs.size(), outputs.size());
        for (qsizetype k = 0; k < outputs.size(); ++k) {
            QCOMPARE(m.outputs.at(k).dtype, outputs.at(k).dtype);
            QCOMPARE(m.outputs.at(k).sizeBytes, outputs.at(k).bytes);
        }
        QCOMPARE(m.entryPoint, fixtureEntryPoint(spec, m.name));
        QVERIFY(!m.sourceMembers.isEmpty());
        const QList<FixtureParam> params = fixtureParams(spec);
        QCOMPARE(m.params.size(), params.size());
        for (qsizetype k = 0; k < params.size(); ++k) {
            QCOMPARE(m.params.at(k).name, params.at(k).name);
            QCOMPARE(m.params.at(k).shape, params.at(k).shape);
        }
    }
}

void tst_ModelArchive::containersGiveTheSameInfo_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("executor");
    QTest::addColumn<bool>("operatorStyle");
    for (const int version : {1, 3, 5, 6, 7}) {
        for (const QString executor : {"aot", "graph"})
            QTest::addRow("v%d-%s", version, qPrintable(executor)) << version << executor << false;
    }
    QTest::newRow("v7-operator") << 7 << "aot" << true;
}

// The same model as tar, tar.gz, tar.xz, tar.zst and an extracted folder: the same ModelInfo.
void tst_ModelArchive::containersGiveTheSameInfo()
{
    QFETCH(int, version);
    QFETCH(QString, executor);
    QFETCH(bool, operatorStyle);
    FixtureSpec spec;
    spec.version = version;
    spec.executor = executor;
    spec.operatorStyle = operatorStyle;
    const QString base = m_tmp.filePath(QString("same-%1").arg(QTest::currentDataTag()));
    QVERIFY(writeFixtureArchive(spec, base + ".tar"));
    QVERIFY(writeFixtureArchive(spec, base + ".tar.gz", Compression::Gzip));
    QVERIFY(writeFixtureArchive(spec, base + ".tar.xz", Compression::Xz));
    writeFile(base + ".tar.zst", RawTar::compress(readFile(base + ".tar"), RawTar::Filter::Zstd));
    QVERIFY(writeFixtureDirectory(spec, base + ".d"));

    const Result<ModelInfo> reference = ModelArchive::summarize(base + ".tar");
    QVERIFY2(reference, qPrintable(reference ? QString() : errorText(reference.error())));
    if (operatorStyle)
        QCOMPARE(reference->style, QString("operator"));
    const QList<QPair<QString, ArchiveFormat>> others{{".tar.gz", ArchiveFormat::TarGzip},
                                                      {".tar.xz", ArchiveFormat::TarXz},
                                                      {".tar.zst", ArchiveFormat::TarZstd},
                                                      {".d", ArchiveFormat::Directory}};
    for (const auto &[suffix, format] : others) {
        const Result<ModelInfo> info = ModelArchive::summarize(base + suffix);
        QVERIFY2(info, qPrintable(suffix + ": " + (info ? QString() : errorText(info.error()))));
        QCOMPARE(info->format, format);
        QStringList got = describe(*info);
        QStringList want = describe(*reference);
        if (format == ArchiveFormat::Directory) {
            // A folder has no entry for its root ".", and no archive member count to match.
            got.removeFirst();
            want.removeFirst();
        }
        QCOMPARE(got, want);
    }
}

void tst_ModelArchive::formatIsDecidedByContent_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<int>("filter"); // -1: plain tar
    QTest::addColumn<ArchiveFormat>("format");
    QTest::newRow("tar named .tar.gz") << "model.tar.gz" << -1 << ArchiveFormat::Tar;
    QTest::newRow("gzip named .tar")
        << "model.tar" << int(RawTar::Filter::Gzip) << ArchiveFormat::TarGzip;
    QTest::newRow("xz named .tgz")
        << "model.tgz" << int(RawTar::Filter::Xz) << ArchiveFormat::TarXz;
    QTest::newRow("zstd without suffix")
        << "model" << int(RawTar::Filter::Zstd) << ArchiveFormat::TarZstd;
    QTest::newRow("gzip named .zip")
        << "model.zip" << int(RawTar::Filter::Gzip) << ArchiveFormat::TarGzip;
}

void tst_ModelArchive::formatIsDecidedByContent()
{
    QFETCH(QString, fileName);
    QFETCH(int, filter);
    QFETCH(ArchiveFormat, format);
    FixtureSpec spec;
    const QString tar = m_tmp.filePath("content-reference.tar");
    QVERIFY(writeFixtureArchive(spec, tar));
    QByteArray bytes = readFile(tar);
    if (filter >= 0)
        bytes = RawTar::compress(bytes, RawTar::Filter(filter));
    QTemporaryDir dir;
    writeFile(dir.filePath(fileName), bytes);

    const Result<ModelInfo> reference = ModelArchive::summarize(tar);
    const Result<ModelInfo> info = ModelArchive::summarize(dir.filePath(fileName));
    QVERIFY2(info, qPrintable(info ? QString() : errorText(info.error())));
    QCOMPARE(info->format, format);
    QCOMPARE(describe(*info), describe(*reference));
}

void tst_ModelArchive::skipsJunkWithoutReadingIt_data()
{
    QTest::addColumn<bool>("gzip");
    QTest::newRow("tar") << false;
    QTest::newRow("tar.gz") << true;
}

// 50 MB of junk before metadata.json: an uncompressed archive seeks over it (little is read
// from disk); a compressed one must decompress it but never hands it over or keeps it.
void tst_ModelArchive::skipsJunkWithoutReadingIt()
{
    QFETCH(bool, gzip);
    FixtureSpec spec;
    QList<FixtureFile> files = fixtureFiles(spec);
    FixtureFile junk;
    junk.path = "aaa-junk.bin";
    junk.data = QByteArray(50 * 1000 * 1000, 'j');
    files.prepend(junk);
    const QString path = m_tmp.filePath(gzip ? "junk.tar.gz" : "junk.tar");
    QVERIFY(writeArchive(files, path, gzip ? Compression::Gzip : Compression::None));

    ReadStats stats;
    SummarizeOptions options;
    options.stats = &stats;
    const Result<ModelInfo> info = ModelArchive::summarize(path, options);
    QVERIFY2(info, qPrintable(info ? QString() : errorText(info.error())));
    QCOMPARE(info->modules.size(), 1);
    QVERIFY(!stats.membersRead.contains("aaa-junk.bin"));
    QVERIFY2(stats.dataBytesRead < 1 * MiB, qPrintable(QString::number(stats.dataBytesRead)));
    if (!gzip) {
        QVERIFY2(stats.bytesFromDisk < 4 * MiB, qPrintable(QString::number(stats.bytesFromDisk)));
        QVERIFY(stats.bytesSkipped >= 45 * MiB);
    }
}

void tst_ModelArchive::scansOnlyTheSourceThatDefinesTheEntryPoint()
{
    FixtureSpec spec;
    QList<FixtureFile> files = fixtureFiles(spec);
    // A large operator library after the small lib0.c that defines tvmgen_default_run.
    QByteArray big;
    while (big.size() < 20 * MiB)
        big += "void tvmgen_default_fused_add(float* a, float* b) { a[0] += b[0]; }\n";
    FixtureFile library;
    library.path = "codegen/host/src/default_lib9.c";
    library.data = big;
    files.append(library);
    const QString path = m_tmp.filePath("bigsource.tar");
    QVERIFY(writeArchive(files, path));

    ReadStats stats;
    SummarizeOptions options;
    options.stats = &stats;
    const Result<ModelInfo> info = ModelArchive::summarize(path, options);
    QVERIFY2(info, qPrintable(info ? QString() : errorText(info.error())));
    QCOMPARE(info->modules.first().entryPoint, QString("tvmgen_default_run"));
    QCOMPARE(info->modules.first().entryPointMember, QString("codegen/host/src/default_lib0.c"));
    QVERIFY(info->modules.first().sourceMembers.contains("codegen/host/src/default_lib9.c"));
    QVERIFY(!stats.membersRead.contains("codegen/host/src/default_lib9.c"));
    QVERIFY2(stats.bytesFromDisk < 4 * MiB, qPrintable(QString::number(stats.bytesFromDisk)));
}

void tst_ModelArchive::skipsLargeParamsData()
{
    FixtureSpec spec;
    spec.executor = "graph";
    QList<FixtureFile> files = fixtureFiles(spec);
    FixtureParam weights{"p0", 2, 32, 1, {1024, 1024, 8}, {}};
    weights.data = QByteArray(32 * MiB, '\x01');
    for (FixtureFile &f : files) {
        if (f.path == "parameters/default.params")
            f.data = encodeParams({weights});
    }
    const QString path = m_tmp.filePath("bigparams.tar");
    QVERIFY(writeArchive(files, path));

    ReadStats stats;
    SummarizeOptions options;
    options.stats = &stats;
    const Result<ModelInfo> info = ModelArchive::summarize(path, options);
    QVERIFY2(info, qPrintable(info ? QString() : errorText(info.error())));
    const ModuleInfo &m = info->modules.first();
    QCOMPARE(m.params.size(), 1);
    QCOMPARE(m.params.first().name, QString("p0"));
    QCOMPARE(m.params.first().dtype, QString("float32"));
    QCOMPARE(m.params.first().shape, QList<qint64>({1024, 1024, 8}));
    QCOMPARE(m.params.first().sizeBytes, 32 * MiB);
    QVERIFY2(stats.bytesFromDisk < 4 * MiB, qPrintable(QString::number(stats.bytesFromDisk)));
}

void tst_ModelArchive::hostile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("isDirectory");
    QTest::addColumn<ErrorCode>("expected");
    QTest::addColumn<qint64>("maxEntries");
    const QList<RawTar::HostileCase> corpus = RawTar::hostileCorpus();
    QVERIFY(corpus.size() >= 20);
    for (const RawTar::HostileCase &c : corpus) {
        QTest::newRow(qPrintable(c.name))
            << c.bytes << c.isDirectory << c.summarizeError << c.maxEntries;
    }
}

// Each hostile archive gives its own error code, from a file and from memory, with a message
// and a location; the bomb is refused by its declared size before it is decompressed.
void tst_ModelArchive::hostile()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, isDirectory);
    QFETCH(ErrorCode, expected);
    QFETCH(qint64, maxEntries);

    QTemporaryDir dir;
    QString path = dir.filePath("hostile.tar");
    if (isDirectory) {
        path = dir.filePath("folder");
        writeFile(path + "/src/default.relay", "def @main() {}");
        writeFile(path + "/codegen/host/src/default_lib0.c", "int x;");
    } else {
        writeFile(path, bytes);
    }
    SummarizeOptions options;
    if (maxEntries >= 0)
        options.limits.maxEntries = maxEntries;
    ReadStats stats;
    options.stats = &stats;

    const Result<ModelInfo> info = ModelArchive::summarize(path, options);
    QVERIFY2(!info, "summarize should have failed");
    QVERIFY2(info.error().code == expected,
             qPrintable(errorCodeName(expected) + " expected, got " + errorText(info.error())));
    QVERIFY(!info.error().message.isEmpty());
    QVERIFY2(info.error().location.startsWith(QFileInfo(path).fileName()),
             qPrintable(info.error().location));
    QVERIFY(!info.error().oneLine().contains('\n'));
    // Refused early: never more than a few blocks of the (5 MiB) bomb.
    QVERIFY2(stats.bytesFromDisk <= 3 * MiB, qPrintable(QString::number(stats.bytesFromDisk)));

    if (!isDirectory) {
        const Result<ModelInfo> fromMemory = ModelArchive::summarizeBuffer(bytes, options);
        QVERIFY(!fromMemory);
        QCOMPARE(errorCodeName(fromMemory.error().code), errorCodeName(expected));
    }
}

void tst_ModelArchive::errorsNameMemberAndField_data()
{
    QTest::addColumn<QByteArray>("metadata");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QStringList>("messageParts");
    QTest::newRow("invalid json") << QByteArray("{\n  \"version\": 7,\n  \"modules\": {,}\n}")
                                  << ErrorCode::InvalidJson << "m.tar: metadata.json"
                                  << QStringList{"line 3", "column"};
    QByteArray wrong = RawTar::minimalMetadata();
    wrong.replace("\"target\": [\"c -keys=cpu\"]", "\"target\": 3");
    QTest::newRow("wrong type") << wrong << ErrorCode::WrongFieldType
                                << "m.tar: metadata.json: modules.default.target" << QStringList{};
    QByteArray newer = RawTar::minimalMetadata();
    newer.replace("\"version\": 7", "\"version\": 8");
    QTest::newRow("newer version") << newer << ErrorCode::UnsupportedVersion
                                   << "m.tar: metadata.json: version" << QStringList{"8", "1", "7"};
}

void tst_ModelArchive::errorsNameMemberAndField()
{
    QFETCH(QByteArray, metadata);
    QFETCH(ErrorCode, code);
    QFETCH(QString, location);
    QFETCH(QStringList, messageParts);
    QTemporaryDir dir;
    writeFile(dir.filePath("m.tar"), RawTar::Builder().file("./metadata.json", metadata).finish());
    const Result<ModelInfo> info = ModelArchive::summarize(dir.filePath("m.tar"));
    QVERIFY(!info);
    QCOMPARE(errorCodeName(info.error().code), errorCodeName(code));
    QVERIFY2(info.error().location.startsWith(location), qPrintable(info.error().location));
    const QString text = info.error().oneLine() + " " + info.error().hint;
    for (const QString &part : messageParts)
        QVERIFY2(text.contains(part), qPrintable(text));

    // And the params magic names its member.
    QByteArray params = RawTar::emptyParams();
    params[7] = 0;
    writeFile(dir.filePath("p.tar"),
              RawTar::Builder()
                  .file("./metadata.json", RawTar::minimalMetadata())
                  .file("./parameters/default.params", params)
                  .finish());
    const Result<ModelInfo> bad = ModelArchive::summarize(dir.filePath("p.tar"));
    QVERIFY(!bad);
    QCOMPARE(bad.error().code, ErrorCode::BadParamsMagic);
    QVERIFY2(bad.error().location.startsWith("p.tar: parameters/default.params"),
             qPrintable(bad.error().location));
}

void tst_ModelArchive::listNormalizesNames()
{
    QTemporaryDir dir;
    writeFile(dir.filePath("m.tar"),
              RawTar::Builder()
                  .dir("./")
                  .file("./metadata.json", "{}")
                  .dir("./src/")
                  .file("src//a.relay", "abc")
                  .add("./src/link", {}, '2', "a.relay")
                  .finish());
    const Result<QList<MemberEntry>> entries = ModelArchive::list(dir.filePath("m.tar"));
    QVERIFY2(entries, qPrintable(entries ? QString() : errorText(entries.error())));
    QStringList names;
    for (const MemberEntry &e : *entries)
        names << e.name;
    QCOMPARE(names, QStringList({"metadata.json", "src", "src/a.relay", "src/link"}));
    QCOMPARE(entries->at(2).size, 3);
    QCOMPARE(entries->at(1).type, MemberType::Directory);
    QCOMPARE(entries->at(3).type, MemberType::Symlink);
    QCOMPARE(entries->at(3).linkTarget, QString("a.relay"));
    QCOMPARE(ModelArchive::normalizeMemberName("./././a//b/"), QString("a/b"));
    QCOMPARE(ModelArchive::normalizeMemberName("."), QString());
}

void tst_ModelArchive::readMember()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("m.tar.gz");
    writeFile(path,
              RawTar::compress(RawTar::Builder()
                                   .file("./metadata.json", "{\"x\": 1}")
                                   .file("plain.txt", "plain")
                                   .finish(),
                               RawTar::Filter::Gzip));
    for (const QString name : {"metadata.json", "./metadata.json"}) {
        const Result<QByteArray> data = ModelArchive::readMember(path, name, 100);
        QVERIFY(data);
        QCOMPARE(*data, QByteArray("{\"x\": 1}"));
    }
    QCOMPARE(*ModelArchive::readMember(path, "./plain.txt", 100), QByteArray("plain"));
    const Result<QByteArray> tooBig = ModelArchive::readMember(path, "metadata.json", 4);
    QVERIFY(!tooBig);
    QCOMPARE(tooBig.error().code, ErrorCode::LimitExceeded);
    const Result<QByteArray> missing = ModelArchive::readMember(path, "nope.txt", 100);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
    QVERIFY(missing.error().message.contains("nope.txt"));
}

// PAX stores names as UTF-8; libarchive's conversion to the C locale would fail, the reader
// must not depend on the locale.
void tst_ModelArchive::utf8NamesInAnyLocale()
{
    QTemporaryDir dir;
    const QByteArray name = QString("./samples/模型_entrée.h").toUtf8();
    writeFile(dir.filePath("m.tar"),
              RawTar::Builder()
                  .file("./metadata.json", RawTar::minimalMetadata())
                  .pax({{"path", name}})
                  .file("./placeholder", "x")
                  .file(QString("./ustar_é.txt").toUtf8(), "y")
                  .finish());
    const Result<QList<MemberEntry>> entries = ModelArchive::list(dir.filePath("m.tar"));
    QVERIFY2(entries, qPrintable(entries ? QString() : errorText(entries.error())));
    QCOMPARE(entries->size(), 3);
    QCOMPARE(entries->at(1).name, QString("samples/模型_entrée.h"));
    QCOMPARE(entries->at(2).name, QString("ustar_é.txt"));
    QVERIFY(ModelArchive::summarize(dir.filePath("m.tar")));
}

void tst_ModelArchive::duplicateDirectoriesAreFine()
{
    QTemporaryDir dir;
    writeFile(dir.filePath("m.tar"),
              RawTar::Builder()
                  .dir("./")
                  .dir(".")
                  .dir("./src/")
                  .dir("src")
                  .file("./metadata.json", RawTar::minimalMetadata())
                  .finish());
    const Result<ModelInfo> info = ModelArchive::summarize(dir.filePath("m.tar"));
    QVERIFY2(info, qPrintable(info ? QString() : errorText(info.error())));
}

void tst_ModelArchive::nestedTopFolderGetsAHint()
{
    QTemporaryDir dir;
    writeFile(dir.filePath("m.tar"),
              RawTar::Builder().file("model/metadata.json", RawTar::minimalMetadata()).finish());
    const Result<ModelInfo> info = ModelArchive::summarize(dir.filePath("m.tar"));
    QVERIFY(!info);
    QCOMPARE(info.error().code, ErrorCode::MissingMetadata);
    QVERIFY2(info.error().hint.contains("model/metadata.json"), qPrintable(info.error().hint));
}

void tst_ModelArchive::cancel()
{
    FixtureSpec spec;
    const QString path = m_tmp.filePath("cancel.tar");
    QVERIFY(writeFixtureArchive(spec, path));
    std::atomic<bool> cancelled = true;
    SummarizeOptions options;
    options.cancel = &cancelled;
    const Result<ModelInfo> info = ModelArchive::summarize(path, options);
    QVERIFY(!info);
    QCOMPARE(info.error().code, ErrorCode::Cancelled);
    cancelled = false;
    QVERIFY(ModelArchive::summarize(path, options));
}

void tst_ModelArchive::fuzzCorpusHasTheHostileCases_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<ErrorCode>("expected");
    QTest::addColumn<qint64>("maxEntries");
    for (const RawTar::HostileCase &c : RawTar::hostileCorpus()) {
        if (c.isDirectory || c.bytes.isEmpty() || c.bytes.size() > maxCorpusFileBytes)
            continue;
        QTest::newRow(qPrintable(c.name)) << c.bytes << c.summarizeError << c.maxEntries;
    }
}

// The corpus file of each hostile case exists and gives the case's error (compressed cases
// are not byte-stable: gzip stores a time).
void tst_ModelArchive::fuzzCorpusHasTheHostileCases()
{
    QFETCH(QByteArray, bytes);
    QFETCH(ErrorCode, expected);
    QFETCH(qint64, maxEntries);
    const QString path = fuzzCorpusDir + "/hostile-" + QTest::currentDataTag() + ".tar";
    if (qEnvironmentVariableIntValue("TINYDEPLOY_UPDATE_FUZZ_CORPUS") == 1)
        writeFile(path, withoutRecordPadding(bytes));
    const QByteArray stored = readFile(path);
    QVERIFY2(!stored.isEmpty(),
             qPrintable(path + " is missing; run this test with TINYDEPLOY_UPDATE_FUZZ_CORPUS=1"));
    SummarizeOptions options;
    if (maxEntries >= 0)
        options.limits.maxEntries = maxEntries;
    const Result<ModelInfo> info = ModelArchive::summarizeBuffer(stored, options);
    QVERIFY2(!info, "summarize should have failed");
    QVERIFY2(info.error().code == expected,
             qPrintable(errorCodeName(expected) + " expected, got " + errorText(info.error())));
}

void tst_ModelArchive::fuzzCorpusGivesClearErrors_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(fuzzCorpusDir);
    const QStringList files = dir.entryList(QDir::Files, QDir::Name);
    QVERIFY2(files.size() >= 30, qPrintable(fuzzCorpusDir));
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
}

// Every input the archive fuzzer starts from (seeds, hostile cases, minimised findings) gives a
// summary or an error that says what, where and what to do, on one line, and stays small.
void tst_ModelArchive::fuzzCorpusGivesClearErrors()
{
    QFETCH(QString, path);
    const QByteArray bytes = readFile(path);
    QVERIFY2(bytes.size() <= maxCorpusFileBytes,
             qPrintable(QString("%1 is %2 bytes: minimise it").arg(path).arg(bytes.size())));
    const Result<ModelInfo> info = ModelArchive::summarizeBuffer(bytes, fuzzOptions());
    if (info)
        return;
    const Error &e = info.error();
    QVERIFY2(!e.message.isEmpty(), qPrintable(errorText(e)));
    QVERIFY2(e.location.startsWith("<memory>"), qPrintable(errorText(e)));
    QVERIFY2(!e.oneLine().contains('\n'), qPrintable(errorText(e)));
    QVERIFY2(e.code != ErrorCode::Internal, qPrintable(errorText(e)));
}

QTEST_GUILESS_MAIN(tst_ModelArchive)
#include "tst_modelarchive.moc"
