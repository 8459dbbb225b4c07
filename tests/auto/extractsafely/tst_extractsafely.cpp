#include "../modelarchive/rawtar.h"

#include <mlf/extractsafely.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

#include <sys/stat.h>
#include <unistd.h>

using namespace TinyDeploy;
using namespace TinyDeploy::Mlf;

Q_DECLARE_METATYPE(TinyDeploy::ErrorCode)

namespace {

/// Every path below @p root with its type and size, links not followed.
QStringList snapshot(const QString &root)
{
    QStringList out;
    QDirIterator it(root,
                    QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        out << QDir(root).relativeFilePath(path)
                   + (info.isSymLink() ? "@"
                      : info.isDir()   ? "/"
                                       : "")
                   + QString::number(info.isSymLink() || info.isDir() ? 0 : info.size());
    }
    out.sort();
    return out;
}

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

} // namespace

class tst_ExtractSafely : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void hostile_data();
    void hostile();
    void hostileDirectories_data();
    void hostileDirectories();
    void extractsTarAndCompressed_data();
    void extractsTarAndCompressed();
    void copiesDirectory();
    void keepsSafeSymlinkAndHardLink();
    void refusesExistingTarget();
    void refusesMissingParent();
    void limitsBytes();
    void reportsProgressAndCancelsFromWorkerThread();
    void cancelBeforeStartLeavesNothing();

private:
    QTemporaryDir m_tmp;
};

void tst_ExtractSafely::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_tmp.isValid());
}

void tst_ExtractSafely::hostile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("isDirectory");
    QTest::addColumn<bool>("shouldFail");
    QTest::addColumn<ErrorCode>("expected");
    QTest::addColumn<qint64>("maxEntries");
    for (const RawTar::HostileCase &c : RawTar::hostileCorpus()) {
        QTest::newRow(qPrintable(c.name))
            << c.bytes << c.isDirectory << c.extractError.has_value()
            << c.extractError.value_or(ErrorCode::Internal) << c.maxEntries;
    }
}

// Nothing may appear outside the target, and a failed extraction leaves no target and no
// temporary folder behind.
void tst_ExtractSafely::hostile()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, isDirectory);
    QFETCH(bool, shouldFail);
    QFETCH(ErrorCode, expected);
    QFETCH(qint64, maxEntries);

    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QString work = root.filePath("a/b/work");
    QVERIFY(QDir().mkpath(work));
    QString source = root.filePath("input.tar");
    if (isDirectory) {
        source = root.filePath("input");
        writeFile(source + "/src/default.relay", "def @main() {}");
    } else {
        writeFile(source, bytes);
    }
    const QStringList before = snapshot(root.path());
    const QString target = work + "/model";

    ExtractOptions options;
    if (maxEntries >= 0)
        options.limits.maxEntries = maxEntries;
    const Result<void> result = extractSafely(source, target, options);

    if (shouldFail) {
        QVERIFY2(!result, "extraction should have failed");
        QCOMPARE(errorCodeName(result.error().code), errorCodeName(expected));
        QVERIFY(!result.error().message.isEmpty());
        QCOMPARE(snapshot(root.path()), before);
        QVERIFY(!QFileInfo::exists(target));
    } else {
        QVERIFY2(result, qPrintable(result ? QString() : result.error().fullText()));
        QStringList after = snapshot(root.path());
        after.removeIf([](const QString &p) { return p.startsWith("a/b/work/model"); });
        QCOMPARE(after, before);
        QVERIFY(QFileInfo(target).isDir());
    }
    QVERIFY(!QFileInfo::exists("/tmp/tinydeploy-evil.txt"));
}

void tst_ExtractSafely::hostileDirectories_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("symlink-outside") << "symlink-outside";
    QTest::newRow("symlink-absolute") << "symlink-absolute";
    QTest::newRow("fifo") << "fifo";
}

void tst_ExtractSafely::hostileDirectories()
{
    QFETCH(QString, kind);
    QTemporaryDir root;
    const QString source = root.filePath("input");
    writeFile(source + "/metadata.json", RawTar::minimalMetadata());
    writeFile(root.filePath("secret.txt"), "secret");
    if (kind == "symlink-outside")
        QVERIFY(QFile::link("../secret.txt", source + "/link"));
    else if (kind == "symlink-absolute")
        QVERIFY(QFile::link(root.filePath("secret.txt"), source + "/link"));
    else
        QCOMPARE(::mkfifo(QFile::encodeName(source + "/pipe").constData(), 0600), 0);
    QVERIFY(QDir().mkpath(root.filePath("work")));
    const QStringList before = snapshot(root.path());

    const Result<void> result = extractSafely(source, root.filePath("work/model"));
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::UnsafeMember);
    QCOMPARE(snapshot(root.path()), before);
}

void tst_ExtractSafely::extractsTarAndCompressed_data()
{
    QTest::addColumn<int>("filter");
    QTest::newRow("tar") << -1;
    QTest::newRow("gzip") << int(RawTar::Filter::Gzip);
    QTest::newRow("xz") << int(RawTar::Filter::Xz);
    QTest::newRow("zstd") << int(RawTar::Filter::Zstd);
}

void tst_ExtractSafely::extractsTarAndCompressed()
{
    QFETCH(int, filter);
    RawTar::Builder b;
    b.dir("./")
        .file("./metadata.json", RawTar::minimalMetadata())
        .dir("./codegen/")
        .file("codegen/host/src/default_lib0.c", "int x;\n")
        .add("./runtime/run.sh", "#!/bin/sh\n", '0', {}, -1, 0755)
        .file("./big.bin", QByteArray(3 * 1024 * 1024 + 17, 'b'));
    QByteArray bytes = b.finish();
    if (filter >= 0)
        bytes = RawTar::compress(bytes, RawTar::Filter(filter));
    QTemporaryDir root;
    writeFile(root.filePath("m.tar"), bytes);
    const QString target = root.filePath("out");

    const Result<void> result = extractSafely(root.filePath("m.tar"), target);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().fullText()));
    QFile meta(target + "/metadata.json");
    QVERIFY(meta.open(QIODevice::ReadOnly));
    QCOMPARE(meta.readAll(), RawTar::minimalMetadata());
    QCOMPARE(QFileInfo(target + "/big.bin").size(), qint64(3 * 1024 * 1024 + 17));
    QCOMPARE(QFileInfo(target + "/codegen/host/src/default_lib0.c").size(), qint64(7));
    QVERIFY(QFileInfo(target + "/runtime/run.sh").isExecutable());
    QVERIFY(!QFileInfo(target + "/metadata.json").isExecutable());
    QCOMPARE(QDir(root.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList({"m.tar", "out"}));
}

void tst_ExtractSafely::copiesDirectory()
{
    QTemporaryDir root;
    const QString source = root.filePath("model");
    writeFile(source + "/metadata.json", RawTar::minimalMetadata());
    writeFile(source + "/codegen/host/src/default_lib0.c", "int main;\n");
    QVERIFY(QDir().mkpath(source + "/empty"));
    QVERIFY(QFile::link("codegen/host/src/default_lib0.c", source + "/alias.c"));

    const Result<void> result = extractSafely(source, root.filePath("copy"));
    QVERIFY2(result, qPrintable(result ? QString() : result.error().fullText()));
    QCOMPARE(snapshot(root.filePath("copy")), snapshot(source));
    QCOMPARE(QFile::symLinkTarget(root.filePath("copy/alias.c")),
             root.filePath("copy/codegen/host/src/default_lib0.c"));
}

void tst_ExtractSafely::keepsSafeSymlinkAndHardLink()
{
    RawTar::Builder b;
    b.file("./a/data.txt", "hello")
        .add("./a/alias.txt", {}, '2', "data.txt")
        .add("./b/hard.txt", {}, '1', "./a/data.txt");
    QTemporaryDir root;
    writeFile(root.filePath("m.tar"), b.finish());
    const Result<void> result = extractSafely(root.filePath("m.tar"), root.filePath("out"));
    QVERIFY2(result, qPrintable(result ? QString() : result.error().fullText()));
    QVERIFY(QFileInfo(root.filePath("out/a/alias.txt")).isSymLink());
    QFile hard(root.filePath("out/b/hard.txt"));
    QVERIFY(hard.open(QIODevice::ReadOnly));
    QCOMPARE(hard.readAll(), QByteArray("hello"));
}

void tst_ExtractSafely::refusesExistingTarget()
{
    QTemporaryDir root;
    writeFile(root.filePath("m.tar"), RawTar::Builder().file("x", "1").finish());
    QVERIFY(QDir().mkpath(root.filePath("out")));
    writeFile(root.filePath("out/keep.txt"), "mine");
    const Result<void> result = extractSafely(root.filePath("m.tar"), root.filePath("out"));
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::InvalidArgument);
    QCOMPARE(snapshot(root.filePath("out")), QStringList{"keep.txt4"});
}

void tst_ExtractSafely::refusesMissingParent()
{
    QTemporaryDir root;
    writeFile(root.filePath("m.tar"), RawTar::Builder().file("x", "1").finish());
    const Result<void> result = extractSafely(root.filePath("m.tar"), root.filePath("no/out"));
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::NotFound);
    QVERIFY(!QFileInfo::exists(root.filePath("no")));
}

void tst_ExtractSafely::limitsBytes()
{
    QTemporaryDir root;
    RawTar::Builder b;
    b.file("./one.bin", QByteArray(600, 'x')).file("./two.bin", QByteArray(600, 'y'));
    writeFile(root.filePath("m.tar"), b.finish());
    ExtractOptions options;
    options.limits.maxTotalBytes = 1000;
    const QStringList before = snapshot(root.path());
    const Result<void> result = extractSafely(root.filePath("m.tar"), root.filePath("out"), options);
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::LimitExceeded);
    QCOMPARE(result.error().location, QString("m.tar: two.bin"));
    QCOMPARE(snapshot(root.path()), before);
}

void tst_ExtractSafely::reportsProgressAndCancelsFromWorkerThread()
{
    QTemporaryDir root;
    RawTar::Builder b;
    for (int i = 0; i < 8; ++i)
        b.file("./part" + QByteArray::number(i) + ".bin",
               QByteArray(2 * 1024 * 1024, char('a' + i)));
    const QByteArray bytes = RawTar::compress(b.finish(), RawTar::Filter::Gzip);
    writeFile(root.filePath("m.tar.gz"), bytes);

    // A complete run on a worker thread: progress arrives there, ends with every entry.
    std::atomic<int> calls = 0;
    std::atomic<int> lastEntries = 0;
    std::atomic<bool> onWorker = true;
    const Qt::HANDLE mainThread = QThread::currentThreadId();
    ExtractOptions options;
    options.progress = [&](const ExtractProgress &p) {
        ++calls;
        lastEntries = p.entriesDone;
        if (QThread::currentThreadId() == mainThread)
            onWorker = false;
        QVERIFY(p.archiveBytesDone <= p.archiveBytesTotal);
    };
    Result<void> result;
    std::unique_ptr<QThread> worker(QThread::create(
        [&] { result = extractSafely(root.filePath("m.tar.gz"), root.filePath("out"), options); }));
    worker->start();
    QTRY_VERIFY(worker->isFinished());
    QVERIFY2(result, qPrintable(result ? QString() : result.error().fullText()));
    QVERIFY(calls >= 8);
    QCOMPARE(lastEntries.load(), 8);
    QVERIFY(onWorker);

    // Cancelled from the progress callback after the first member: nothing remains.
    std::atomic<bool> cancel = false;
    ExtractOptions cancelling;
    cancelling.cancel = &cancel;
    cancelling.progress = [&](const ExtractProgress &p) {
        if (p.entriesDone >= 1)
            cancel = true;
    };
    const QStringList before = snapshot(root.path());
    std::unique_ptr<QThread> second(QThread::create([&] {
        result = extractSafely(root.filePath("m.tar.gz"), root.filePath("cancelled"), cancelling);
    }));
    second->start();
    QTRY_VERIFY(second->isFinished());
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::Cancelled);
    QCOMPARE(snapshot(root.path()), before);
}

void tst_ExtractSafely::cancelBeforeStartLeavesNothing()
{
    QTemporaryDir root;
    writeFile(root.filePath("m.tar"), RawTar::Builder().file("x", "1").finish());
    std::atomic<bool> cancel = true;
    ExtractOptions options;
    options.cancel = &cancel;
    const Result<void> result = extractSafely(root.filePath("m.tar"), root.filePath("out"), options);
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::Cancelled);
    QCOMPARE(snapshot(root.path()), QStringList{"m.tar10240"});
}

QTEST_GUILESS_MAIN(tst_ExtractSafely)
#include "tst_extractsafely.moc"
