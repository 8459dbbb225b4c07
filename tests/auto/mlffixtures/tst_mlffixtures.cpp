// The fixture generator is what the archive tests of every version rely on: check that its
// layouts follow spec 6.4 and that its archives are what TVM writes (PAX, "./" prefixes).
#include <mlf/metadataparser.h>
#include <mlf/paramsdecoder.h>

#include <mlffixtures.h>

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>

using namespace TinyDeploy;
using namespace TinyDeploy::Fixtures;

Q_DECLARE_METATYPE(TinyDeploy::Fixtures::Compression)

namespace {

struct Listing
{
    QStringList names;
    int format = 0;
    int filter = 0;
    bool ok = false;
};

Listing list(const QString &path)
{
    Listing l;
    archive *a = archive_read_new();
    archive_read_support_filter_all(a);
    archive_read_support_format_all(a);
    if (archive_read_open_filename(a, QFile::encodeName(path).constData(), 10240) == ARCHIVE_OK) {
        archive_entry *e = nullptr;
        int r = ARCHIVE_OK;
        while ((r = archive_read_next_header(a, &e)) == ARCHIVE_OK) {
            l.names << QString::fromUtf8(archive_entry_pathname(e));
            l.format = archive_format(a);
        }
        l.filter = archive_filter_code(a, 0);
        l.ok = r == ARCHIVE_EOF;
    }
    archive_read_free(a);
    return l;
}

} // namespace

class tst_MlfFixtures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void layoutPerVersion_data();
    void layoutPerVersion();
    void archivesAreTvmLike_data();
    void archivesAreTvmLike();
    void directoryHasTheSameFiles();
    void paramsAreValid();
    void multipleModulesAndOperatorStyle();
    void hostileMembers();
};

void tst_MlfFixtures::layoutPerVersion_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("executor");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");

    const QString lib0 = "codegen/host/src/lib0.c";
    const QString modLib0 = "codegen/host/src/default_lib0.c";
    const QString header = "codegen/host/include/tvmgen_default.h";
    QTest::newRow("v1 graph") << 1 << "graph"
                              << QStringList{lib0,
                                             "codegen/host/src/lib1.c",
                                             "relay.txt",
                                             "runtime-config/graph/graph.json",
                                             "parameters/default.params"}
                              << QStringList{modLib0,
                                             "src/relay.txt",
                                             header,
                                             "runtime/CMakeLists.txt"};
    QTest::newRow("v2 aot") << 2 << "aot" << QStringList{lib0, "relay.txt"}
                            << QStringList{"runtime-config/graph/graph.json", header};
    QTest::newRow("v3 graph") << 3 << "graph"
                              << QStringList{modLib0, "relay.txt", "runtime-config/graph/graph.json"}
                              << QStringList{lib0, "src/relay.txt"};
    QTest::newRow("v4 graph") << 4 << "graph"
                              << QStringList{modLib0,
                                             "src/relay.txt",
                                             "runtime-config/graph/graph.json"}
                              << QStringList{"relay.txt", "executor-config/graph/graph.json"};
    QTest::newRow("v5 graph") << 5 << "graph"
                              << QStringList{"src/relay.txt", "executor-config/graph/graph.json"}
                              << QStringList{"runtime-config/graph/graph.json",
                                             header,
                                             "runtime/CMakeLists.txt"};
    QTest::newRow("v5 aot") << 5 << "aot"
                            << QStringList{"src/relay.txt", header, "runtime/CMakeLists.txt"}
                            << QStringList{"executor-config/graph/graph.json",
                                           "templates/crt_config.h.template"};
    QTest::newRow("v6 aot") << 6 << "aot" << QStringList{"src/relay.txt", header}
                            << QStringList{"src/default.relay"};
    QTest::newRow("v7 graph") << 7 << "graph"
                              << QStringList{"src/default.relay",
                                             "executor-config/graph/default.graph",
                                             "parameters/default.params"}
                              << QStringList{"src/relay.txt",
                                             "executor-config/graph/graph.json",
                                             "runtime/CMakeLists.txt",
                                             header};
    QTest::newRow("v7 aot") << 7 << "aot"
                            << QStringList{"src/default.relay",
                                           header,
                                           "runtime/CMakeLists.txt",
                                           "templates/crt_config.h.template",
                                           "templates/platform.c.template"}
                            << QStringList{"executor-config/graph/default.graph"};
}

void tst_MlfFixtures::layoutPerVersion()
{
    QFETCH(int, version);
    QFETCH(QString, executor);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    FixtureSpec spec;
    spec.version = version;
    spec.executor = executor;
    QStringList paths;
    for (const FixtureFile &f : fixtureFiles(spec))
        paths << f.path;
    QCOMPARE(paths.first(), QString("metadata.json"));
    for (const QString &p : present)
        QVERIFY2(paths.contains(p), qPrintable(p + " missing from " + paths.join(' ')));
    for (const QString &p : absent)
        QVERIFY2(!paths.contains(p), qPrintable(p + " should not be in " + paths.join(' ')));
    const auto info = Mlf::parseMetadata(fixtureFiles(spec).first().data);
    QVERIFY(info.has_value());
    QCOMPARE(info->version, version);
}

void tst_MlfFixtures::archivesAreTvmLike_data()
{
    QTest::addColumn<Compression>("compression");
    QTest::addColumn<int>("filter");
    QTest::newRow("tar") << Compression::None << ARCHIVE_FILTER_NONE;
    QTest::newRow("tar.gz") << Compression::Gzip << ARCHIVE_FILTER_GZIP;
    QTest::newRow("tar.xz") << Compression::Xz << ARCHIVE_FILTER_XZ;
}

void tst_MlfFixtures::archivesAreTvmLike()
{
    QFETCH(Compression, compression);
    QFETCH(int, filter);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    FixtureSpec spec;
    const QString path = dir.filePath("model.tar");
    QVERIFY(writeFixtureArchive(spec, path, compression));
    const Listing l = list(path);
    QVERIFY(l.ok);
    QCOMPARE(l.filter, filter);
    QCOMPARE(l.format & ARCHIVE_FORMAT_BASE_MASK, ARCHIVE_FORMAT_TAR);
    QCOMPARE(l.names.first(), QString("./"));
    QVERIFY(l.names.contains("./metadata.json"));
    QVERIFY(l.names.contains("./codegen/host/src/"));
    for (const QString &n : l.names)
        QVERIFY2(n.startsWith("./"), qPrintable(n));
    QCOMPARE(l.names.size(), fixtureFiles(spec).size() + 1);
    QCOMPARE(readArchiveMember(path, "metadata.json"), fixtureMetadata(spec));
    QCOMPARE(readArchiveMember(path, "./src/default.relay"), fixtureRelay(spec));
    QVERIFY(readArchiveMember(path, "no/such/member").isNull());

    spec.dotSlash = false;
    QVERIFY(writeFixtureArchive(spec, path, compression));
    const Listing bare = list(path);
    QCOMPARE(bare.names.first(), QString("metadata.json"));
}

void tst_MlfFixtures::directoryHasTheSameFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    FixtureSpec spec;
    spec.executor = "graph";
    QVERIFY(writeFixtureDirectory(spec, dir.path()));
    for (const FixtureFile &f : fixtureFiles(spec)) {
        const QString path = dir.filePath(f.path);
        if (f.kind == FixtureFile::Kind::Directory) {
            QVERIFY2(QDir(path).exists(), qPrintable(path));
            continue;
        }
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        QCOMPARE(file.readAll(), f.data);
    }
}

void tst_MlfFixtures::paramsAreValid()
{
    FixtureSpec spec;
    spec.executor = "graph";
    const auto params = Mlf::decodeParams(encodeParams(fixtureParams(spec)));
    QVERIFY(params.has_value());
    QCOMPARE(params->size(), 2);
    QCOMPARE(params->at(0).name, QString("p0"));
    QCOMPARE(params->at(0).dtype, QString("float32"));
    QCOMPARE(params->at(1).shape, (QList<qint64>{2, 3}));
    QCOMPARE(encodeParams({}).size(), 32);
}

void tst_MlfFixtures::multipleModulesAndOperatorStyle()
{
    FixtureSpec spec;
    spec.modules = QStringList{"mod1", "mod2"};
    QStringList paths;
    for (const FixtureFile &f : fixtureFiles(spec))
        paths << f.path;
    for (const char *p : {"codegen/host/src/mod1_lib0.c",
                          "codegen/host/src/mod2_lib0.c",
                          "codegen/host/include/tvmgen_mod1.h",
                          "codegen/host/include/tvmgen_mod2.h",
                          "parameters/mod2.params",
                          "src/mod1.relay"})
        QVERIFY2(paths.contains(p), p);
    QCOMPARE(fixtureEntryPoint(spec, "mod2"), QString("tvmgen_mod2_run"));

    FixtureSpec op;
    op.operatorStyle = true;
    paths.clear();
    for (const FixtureFile &f : fixtureFiles(op))
        paths << f.path;
    QVERIFY(paths.contains("codegen/host/src/lib0.c"));
    QVERIFY(paths.contains("src/tir-1.txt"));
    QVERIFY(!paths.contains("parameters/default.params"));
}

void tst_MlfFixtures::hostileMembers()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    FixtureFile escape;
    escape.path = "../escape.txt";
    escape.data = "x";
    FixtureFile link;
    link.path = "link";
    link.kind = FixtureFile::Kind::Symlink;
    link.linkTarget = "/etc/passwd";
    const QString path = dir.filePath("hostile.tar");
    QVERIFY(writeArchive({escape, link}, path, Compression::None, false));
    QCOMPARE(list(path).names, (QStringList{"../escape.txt", "link"}));
}

QTEST_GUILESS_MAIN(tst_MlfFixtures)
#include "tst_mlffixtures.moc"
