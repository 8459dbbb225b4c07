#include <mlf/entrypointscanner.h>
#include <mlf/metadataparser.h>
#include <mlf/modelinfomerge.h>
#include <mlf/paramsdecoder.h>

#include <mlffixtures.h>

#include <fixtures/sharedsamples.h>

#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>

using namespace TinyDeploy;
using namespace TinyDeploy::Mlf;
using namespace TinyDeploy::Fixtures;

namespace {

QString describe(const QList<TensorInfo> &tensors)
{
    QStringList parts;
    for (const TensorInfo &t : tensors) {
        QStringList dims;
        for (qint64 d : t.shape)
            dims << QString::number(d);
        parts << QString("%1(%2):%3[%4]=%5/%6")
                     .arg(t.name, t.cName, t.dtype, dims.join(','))
                     .arg(t.sizeBytes)
                     .arg(t.shapeSource);
    }
    return parts.join(' ');
}

QByteArray member(const QList<FixtureFile> &files, const QString &path)
{
    for (const FixtureFile &f : files) {
        if (f.path == path)
            return f.data;
    }
    return {};
}

// What the archive reader would collect while streaming a fixture.
ModelInfo loadFixture(const FixtureSpec &spec)
{
    const QList<FixtureFile> files = fixtureFiles(spec);
    auto info = parseMetadata(member(files, "metadata.json"));
    Q_ASSERT(info.has_value());
    info->hasRuntime = spec.withRuntime && spec.executor == "aot" && spec.version >= 5;
    QHash<QString, ModuleEvidence> evidence;
    for (const ModuleInfo &m : std::as_const(info->modules)) {
        ModuleEvidence e;
        const QString relayPath = spec.version <= 3   ? QString("relay.txt")
                                  : spec.version <= 6 ? QString("src/relay.txt")
                                                      : "src/" + m.name + ".relay";
        if (auto relay = parseRelayMain(member(files, relayPath), relayPath)) {
            e.relay = *relay;
            e.relayMember = relayPath;
        }
        const QString graphPath = spec.version <= 4 ? QString("runtime-config/graph/graph.json")
                                  : spec.version <= 6
                                      ? QString("executor-config/graph/graph.json")
                                      : "executor-config/graph/" + m.name + ".graph";
        if (const QByteArray g = member(files, graphPath); !g.isEmpty()) {
            e.graph = *parseGraphJson(g, graphPath);
            e.graphMember = graphPath;
        }
        const QString headerPath = "codegen/host/include/tvmgen_" + m.name + ".h";
        if (const QByteArray h = member(files, headerPath); !h.isEmpty()) {
            e.header = *parseHeader(h, m.name, headerPath);
            e.headerMember = headerPath;
        }
        const QString paramsPath = "parameters/" + m.name + ".params";
        e.params = *decodeParams(member(files, paramsPath), paramsPath);
        e.paramsMember = paramsPath;
        for (const FixtureFile &f : files) {
            if (!f.path.startsWith("codegen/host/src/"))
                continue;
            EntryPointScanner scanner(m.name);
            if (scanner.feed(f.data)) {
                e.entryPoint = scanner.kind();
                e.entryPointSymbol = scanner.symbol();
                e.entryPointMember = f.path;
                break;
            }
        }
        e.sourcesScanned = true;
        evidence.insert(m.name, e);
    }
    completeModelInfo(*info, evidence);
    return *info;
}

} // namespace

class tst_ModelInfoMerge : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void everyVersionGetsShapes_data();
    void everyVersionGetsShapes();
    void metadataTensorsKeepTheirSizesAndGetShapes();
    void outputsInModelOrder();
    void headerOnlyGivesBytes();
    void runModelEntryWarns();
    void graphExecutorWarns();
    void sizeMismatchWarns();
    void realLinaroV5();
};

void tst_ModelInfoMerge::everyVersionGetsShapes_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("executor");
    QTest::addColumn<bool>("ioInMetadata");
    for (int v = 1; v <= 7; ++v) {
        for (const QString executor : {"aot", "graph"}) {
            QTest::addRow("v%d-%s", v, qPrintable(executor)) << v << executor << true;
            if (v == 7)
                QTest::addRow("v7-%s-before-0.11", qPrintable(executor)) << v << executor << false;
        }
    }
}

void tst_ModelInfoMerge::everyVersionGetsShapes()
{
    QFETCH(int, version);
    QFETCH(QString, executor);
    QFETCH(bool, ioInMetadata);
    FixtureSpec spec;
    spec.version = version;
    spec.executor = executor;
    spec.ioInMetadata = ioInMetadata;
    const ModelInfo info = loadFixture(spec);
    const ModuleInfo &m = info.modules.first();
    // Whatever the version, the user sees the same model.
    QCOMPARE(describe(m.inputs),
             QString("serving_default_input:0(serving_default_input_0):int8[1,4,4,1]=16/relay"));
    QCOMPARE(describe(m.outputs), QString("output(output):float32[1,10]=40/relay"));
    QCOMPARE(m.relayMember.isEmpty(), false);
    QCOMPARE(m.hasParams, true);
    QCOMPARE(m.paramsBytes, executor == "graph" ? 46 : 0);
    QCOMPARE(m.params.size(), executor == "graph" ? 2 : 0);
    const QString entry = fixtureEntryPoint(spec, "default");
    QCOMPARE(m.entryPoint, entry);
    if (executor == "aot") {
        QCOMPARE(int(m.entryPointKind),
                 int(entry.endsWith("run_model") ? EntryPointKind::RunModel : EntryPointKind::Run));
        QVERIFY(m.entryPointMember.endsWith("lib0.c"));
    }
    for (const QString &w : info.warnings)
        QVERIFY2(!w.contains("bytes according"), qPrintable(w));
}

void tst_ModelInfoMerge::metadataTensorsKeepTheirSizesAndGetShapes()
{
    FixtureSpec spec; // v7 AOT with inputs/outputs in the metadata
    const ModelInfo info = loadFixture(spec);
    const ModuleInfo &m = info.modules.first();
    QCOMPARE(m.inputs.first().sizeBytes, 16);
    QCOMPARE(m.inputs.first().shapeSource, QString("relay"));
    QCOMPARE(m.declaredEntryPoint, QString("tvmgen_default_run"));
    QCOMPARE(m.headerMember, QString("codegen/host/include/tvmgen_default.h"));
    QVERIFY2(info.warnings.isEmpty(), qPrintable(info.warnings.join('\n')));
}

void tst_ModelInfoMerge::outputsInModelOrder()
{
    // metadata.json is sorted alphabetically; with 12 outputs "output10" sorts before "output2".
    ModuleInfo module;
    module.name = "default";
    module.executor = "aot";
    for (const QString name : {"output0", "output1", "output10", "output11", "output2", "output3"}) {
        TensorInfo t;
        t.name = name;
        t.cName = name;
        t.sizeBytes = 4;
        module.outputs << t;
    }
    ModuleEvidence e;
    RelayFunction relay;
    for (int i = 0; i < 12; ++i) {
        RelayTensor r;
        r.shape = {i + 1};
        r.dtype = "int8";
        r.typed = true;
        relay.results << r;
    }
    e.relay = relay;
    QStringList warnings;
    completeModuleInfo(module, e, warnings);
    QStringList order;
    for (const TensorInfo &t : module.outputs)
        order << t.name;
    QCOMPARE(order,
             (QStringList{"output0", "output1", "output2", "output3", "output10", "output11"}));
    QCOMPARE(module.outputs.at(4).shape, QList<qint64>{11});
    // Shapes say 11 and 12 bytes, metadata says 4: the user is told.
    QVERIFY(warnings.join('\n').contains("\"output10\" is 4 bytes according to the metadata"));
}

void tst_ModelInfoMerge::headerOnlyGivesBytes()
{
    FixtureSpec spec;
    spec.ioInMetadata = false;
    const QList<FixtureFile> files = fixtureFiles(spec);
    auto info = parseMetadata(member(files, "metadata.json"));
    QVERIFY(info.has_value());
    ModuleEvidence e;
    e.header = *parseHeader(member(files, "codegen/host/include/tvmgen_default.h"), "default");
    QStringList warnings;
    completeModuleInfo(info->modules.first(), e, warnings);
    QCOMPARE(describe(info->modules.first().inputs),
             QString("serving_default_input_0(serving_default_input_0):[]=16/"));
    QCOMPARE(describe(info->modules.first().outputs), QString("output(output):[]=40/"));
}

void tst_ModelInfoMerge::runModelEntryWarns()
{
    FixtureSpec spec;
    spec.version = 5;
    spec.runModelEntry = true;
    const ModelInfo info = loadFixture(spec);
    QCOMPARE(info.modules.first().entryPoint, QString("tvmgen_default_run_model"));
    QCOMPARE(info.modules.first().declaredEntryPoint, QString("tvmgen_default_run"));
    QVERIFY(info.warnings.join('\n').contains("defines only tvmgen_default_run_model"));
}

void tst_ModelInfoMerge::graphExecutorWarns()
{
    FixtureSpec spec;
    spec.executor = "graph";
    const ModelInfo info = loadFixture(spec);
    const QString all = info.warnings.join('\n');
    QVERIFY(all.contains("graph executor"));
    QVERIFY(all.contains("TVM version")); // graph archives carry no external_dependencies
    QCOMPARE(info.modules.first().entryPointKind, EntryPointKind::None);
    QVERIFY(!all.contains("No definition")); // graph modules have no tvmgen_<mod>_run
}

void tst_ModelInfoMerge::sizeMismatchWarns()
{
    FixtureSpec spec;
    const QList<FixtureFile> files = fixtureFiles(spec);
    auto info = parseMetadata(member(files, "metadata.json"));
    QVERIFY(info.has_value());
    info->modules.first().inputs.first().sizeBytes = 17;
    ModuleEvidence e;
    e.relay = *parseRelayMain(member(files, "src/default.relay"));
    QStringList warnings;
    completeModuleInfo(info->modules.first(), e, warnings, true);
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().startsWith("Module \"default\": "), qPrintable(warnings.first()));
    QVERIFY(warnings.first().contains("[1, 4, 4, 1]"));
}

void tst_ModelInfoMerge::realLinaroV5()
{
    const QString path = QStringLiteral(TINYDEPLOY_SHARED_DIR "/mlf-samples/linaro_sine_v5.tar");
    if (!QFileInfo::exists(path))
        TINYDEPLOY_SKIP_WITHOUT_SHARED(
            "The shared MLF samples are not available beside the checkout.");
    auto info = parseMetadata(readArchiveMember(path, "metadata.json"));
    QVERIFY(info.has_value());
    ModuleEvidence e;
    e.relay = *parseRelayMain(readArchiveMember(path, "src/relay.txt"));
    e.header = *parseHeader(readArchiveMember(path, "codegen/host/include/tvmgen_default.h"),
                            "default");
    e.params = *decodeParams(readArchiveMember(path, "parameters/default.params"));
    EntryPointScanner scanner("default");
    scanner.feed(readArchiveMember(path, "codegen/host/src/default_lib0.c"));
    e.entryPoint = scanner.kind();
    e.entryPointSymbol = scanner.symbol();
    e.entryPointMember = "codegen/host/src/default_lib0.c";
    e.sourcesScanned = true;
    completeModelInfo(*info, {{"default", e}});
    const ModuleInfo &m = info->modules.first();
    // Inputs from the relay (without %v_param_N), the output named by output_tensor_names and
    // declared by the header; its shape is in no file of that export, its size (4 bytes)
    // follows from io_size_bytes (8) minus the input (4).
    QCOMPARE(describe(m.inputs), QString("dense_4_input(dense_4_input):float32[1,1]=4/relay"));
    QCOMPARE(describe(m.outputs), QString("Identity(Identity):[]=4/"));
    QCOMPARE(m.entryPoint, QString("tvmgen_default_run"));
    QVERIFY(m.hasParams);
    QCOMPARE(m.paramsBytes, 0);
    // The runtime/ folder was left out of the sample.
    QVERIFY(info->warnings.join('\n').contains("runtime/"));
}

QTEST_GUILESS_MAIN(tst_ModelInfoMerge)
#include "tst_modelinfomerge.moc"
