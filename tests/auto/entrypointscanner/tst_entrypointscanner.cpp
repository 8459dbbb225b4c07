#include <mlf/entrypointscanner.h>

#include <mlffixtures.h>

#include <fixtures/sharedsamples.h>

#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>

using namespace TinyDeploy;
using namespace TinyDeploy::Mlf;

Q_DECLARE_METATYPE(TinyDeploy::Mlf::EntryPointKind)

namespace {

// Everything that mentions the names without defining them, then the definition.
const QByteArray tricky = R"(// tvm target: c
#include "tvm/runtime/c_runtime_api.h"
#define tvmgen_default_run(a, b) { not_a_definition(); }
#define LONG_MACRO \
    int32_t tvmgen_default_run(void* a) {
/* int32_t tvmgen_default_run(void* in) { return 0; } */
// int32_t tvmgen_default_run(void* in) {
static const char* s = "tvmgen_default_run(x) {";
static const char c = '{';
int32_t tvmgen_default_run(struct tvmgen_default_inputs* inputs, struct tvmgen_default_outputs* outputs);
int32_t tvmgen_default_run_x(void* a) { return 0; }
int32_t my_tvmgen_default_run(void* a) { return 0; }
int32_t tvmgen_other_run(void* a) { return 0; }
void f(void) { if (tvmgen_default_run(&in, &out) != 0) { return; } }
void g(void) { tvmgen_default_run((void*)(p), q); }
int32_t (*ptr)(void*, void*) = tvmgen_default_run;
int32_t tvmgen_default_run
(
  struct tvmgen_default_inputs* inputs /* (unbalanced) in comment */,
  struct tvmgen_default_outputs* outputs
)
{
  return tvmgen_default___tvm_main__(inputs->x, outputs->y);
}
)";

EntryPointKind scanInChunks(const QByteArray &text, const QString &module, qsizetype chunk)
{
    EntryPointScanner scanner(module);
    for (qsizetype pos = 0; pos < text.size(); pos += chunk)
        scanner.feed(QByteArrayView(text).sliced(pos, std::min(chunk, text.size() - pos)));
    return scanner.kind();
}

} // namespace

class tst_EntryPointScanner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void definitions_data();
    void definitions();
    void chunkBoundaryAtEveryPosition();
    void byteByByte();
    void stopsOnceFound();
    void realLinaroSources();
    void fixtureSources();
};

void tst_EntryPointScanner::definitions_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("module");
    QTest::addColumn<EntryPointKind>("kind");

    QTest::newRow("tricky text, run defined last") << tricky << "default" << EntryPointKind::Run;
    QTest::newRow("everything but the definition")
        << tricky.left(tricky.lastIndexOf("int32_t tvmgen_default_run\n")) << "default"
        << EntryPointKind::None;
    QTest::newRow("run_model of late 2021")
        << QByteArray("TVM_DLL int32_t tvmgen_default_run_model(void* args, void* out) {\n"
                      "  return 0;\n}\n")
        << "default" << EntryPointKind::RunModel;
    QTest::newRow("declaration only")
        << QByteArray("int32_t tvmgen_default_run(void* a, void* b);\n") << "default"
        << EntryPointKind::None;
    QTest::newRow("one line, other module")
        << QByteArray("int32_t tvmgen_mod1_run(struct tvmgen_mod1_inputs* inputs,struct "
                      "tvmgen_mod1_outputs* outputs) {return 0;}")
        << "mod1" << EntryPointKind::Run;
    QTest::newRow("module name sanitized and lowered")
        << QByteArray("int32_t tvmgen_my_net_run(void* a) {}") << "My-Net" << EntryPointKind::Run;
    QTest::newRow("empty") << QByteArray() << "default" << EntryPointKind::None;
    QTest::newRow("garbage") << QByteArray("\xff\xfe\x00\x01{{{(((\"\'", 12) << "default"
                             << EntryPointKind::None;
    QTest::newRow("incomplete definition")
        << QByteArray("int32_t tvmgen_default_run(void* a, void* b)") << "default"
        << EntryPointKind::None;
    QTest::newRow("unterminated comment hides the rest")
        << QByteArray("/* int32_t tvmgen_default_run(void* a) {") << "default"
        << EntryPointKind::None;
    QTest::newRow("attribute between name and body is not handled as definition")
        << QByteArray("int32_t tvmgen_default_run(void) __attribute__((used));\n") << "default"
        << EntryPointKind::None;
    QTest::newRow("CRLF and escapes")
        << QByteArray("#define X \\\r\n  tvmgen_default_run() {\r\nconst char* s = \"\\\"{\";\r\n"
                      "int32_t tvmgen_default_run(void)\r\n{\r\n}\r\n")
        << "default" << EntryPointKind::Run;
}

void tst_EntryPointScanner::definitions()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, module);
    QFETCH(EntryPointKind, kind);
    EntryPointScanner scanner(module);
    scanner.feed(text);
    QCOMPARE(int(scanner.kind()), int(kind));
    if (kind == EntryPointKind::Run)
        QCOMPARE(scanner.symbol(), "tvmgen_" + QString(module).toLower().replace('-', '_') + "_run");
    if (kind == EntryPointKind::None)
        QVERIFY(scanner.symbol().isEmpty());
}

void tst_EntryPointScanner::chunkBoundaryAtEveryPosition()
{
    // Two chunks, split at every position: every token, comment opener and escape gets cut.
    for (qsizetype split = 0; split <= tricky.size(); ++split) {
        EntryPointScanner scanner("default");
        scanner.feed(QByteArrayView(tricky).first(split));
        scanner.feed(QByteArrayView(tricky).sliced(split));
        QVERIFY2(scanner.kind() == EntryPointKind::Run, qPrintable(QString::number(split)));
    }
    const QByteArray none = tricky.left(tricky.lastIndexOf("int32_t tvmgen_default_run\n"));
    for (qsizetype split = 0; split <= none.size(); ++split) {
        EntryPointScanner scanner("default");
        scanner.feed(QByteArrayView(none).first(split));
        scanner.feed(QByteArrayView(none).sliced(split));
        QVERIFY2(!scanner.isFound(), qPrintable(QString::number(split)));
    }
}

void tst_EntryPointScanner::byteByByte()
{
    for (qsizetype chunk : {1, 2, 3, 7, 64})
        QCOMPARE(int(scanInChunks(tricky, "default", chunk)), int(EntryPointKind::Run));
}

void tst_EntryPointScanner::stopsOnceFound()
{
    EntryPointScanner scanner("default");
    QVERIFY(scanner.feed("int32_t tvmgen_default_run(void) { return 0; }"));
    const qint64 scanned = scanner.bytesScanned();
    QVERIFY(scanned <= 36); // stopped at the '{'
    QVERIFY(scanner.feed(QByteArray(1 << 20, 'x')));
    QCOMPARE(scanner.bytesScanned(), scanned);
    // A later run_model definition does not change the answer.
    scanner.feed("int32_t tvmgen_default_run_model(void* a, void* b) {}");
    QCOMPARE(int(scanner.kind()), int(EntryPointKind::Run));
}

void tst_EntryPointScanner::realLinaroSources()
{
    const QString path = QStringLiteral(TINYDEPLOY_SHARED_DIR "/mlf-samples/linaro_sine_v5.tar");
    if (!QFileInfo::exists(path))
        TINYDEPLOY_SKIP_WITHOUT_SHARED(
            "The shared MLF samples are not available beside the checkout.");
    const QByteArray lib0 = Fixtures::readArchiveMember(path, "codegen/host/src/default_lib0.c");
    const QByteArray lib1 = Fixtures::readArchiveMember(path, "codegen/host/src/default_lib1.c");
    QCOMPARE(lib1.size(), 10881);
    QCOMPARE(int(scanInChunks(lib0, "default", 16)), int(EntryPointKind::Run));
    QCOMPARE(int(scanInChunks(lib1, "default", 4096)), int(EntryPointKind::None));
}

void tst_EntryPointScanner::fixtureSources()
{
    Fixtures::FixtureSpec spec;
    spec.version = 5;
    spec.runModelEntry = true;
    for (const Fixtures::FixtureFile &f : Fixtures::fixtureFiles(spec)) {
        if (f.path == "codegen/host/src/default_lib0.c")
            QCOMPARE(int(scanInChunks(f.data, "default", 5)), int(EntryPointKind::RunModel));
        if (f.path == "codegen/host/src/default_lib1.c")
            QCOMPARE(int(scanInChunks(f.data, "default", 5)), int(EntryPointKind::None));
    }
}

QTEST_GUILESS_MAIN(tst_EntryPointScanner)
#include "tst_entrypointscanner.moc"
