#include <mlf/headerparser.h>
#include <mlf/metadataparser.h>
#include <mlf/modelarchive.h>
#include <mlf/paramsdecoder.h>

#include <fixtures/sharedsamples.h>

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>

using namespace TinyDeploy;
using namespace TinyDeploy::Mlf;

// The real TVM exports in ../shared/mlf-samples/ (provenance in its README): the values checked
// here are the ones that README states.
class tst_RealSamples : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void linaroSineV5();
    void linaroSineV5Listing();
    void matchV7Parts();

private:
    QString sample(const QString &name) const { return m_dir + "/" + name; }
    QString m_dir;
};

void tst_RealSamples::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir = QDir::cleanPath(TINYDEPLOY_SHARED_DIR "/mlf-samples");
    if (!QFileInfo(sample("linaro_sine_v5.tar")).isFile())
        TINYDEPLOY_SKIP_WITHOUT_SHARED("The real MLF samples are not available at " + m_dir);
}

void tst_RealSamples::linaroSineV5()
{
    const Result<ModelInfo> info = ModelArchive::summarize(sample("linaro_sine_v5.tar"));
    QVERIFY2(info, qPrintable(info ? QString() : info.error().fullText()));
    QCOMPARE(info->version, 5);
    QCOMPARE(info->format, ArchiveFormat::Tar);
    QCOMPARE(info->tvmVersion, QString("0.9.dev0"));
    QCOMPARE(info->style, QString("full-model"));
    QVERIFY(!info->hasRuntime); // left out of the sample, see its manifest
    QCOMPARE(info->modules.size(), 1);
    const ModuleInfo &m = info->modules.first();
    QCOMPARE(m.name, QString("default"));
    QCOMPARE(m.executor, QString("aot"));
    QCOMPARE(m.headerMember, QString("codegen/host/include/tvmgen_default.h"));
    QCOMPARE(m.relayMember, QString("src/relay.txt"));
    QCOMPARE(m.entryPoint, QString("tvmgen_default_run"));
    QCOMPARE(m.entryPointKind, EntryPointKind::Run);
    QCOMPARE(m.entryPointMember, QString("codegen/host/src/default_lib0.c"));
    QCOMPARE(m.sourceMembers,
             QStringList({"codegen/host/src/default_lib0.c", "codegen/host/src/default_lib1.c"}));
    QCOMPARE(m.sourceBytes, qint64(399 + 10881));
    QVERIFY(m.hasParams);
    QVERIFY(m.params.isEmpty()); // the 32-byte empty dict
    QCOMPARE(m.paramsBytes, qint64(0));
    QCOMPARE(m.inputs.size(), 1);
    QCOMPARE(m.inputs.first().name, QString("dense_4_input"));
    QCOMPARE(m.inputs.first().dtype, QString("float32"));
    QCOMPARE(m.inputs.first().shape, QList<qint64>({1, 1}));
    // The output's size is recorded nowhere but follows from io_size_bytes (8) - input (4).
    QCOMPARE(m.outputs.size(), 1);
    QCOMPARE(m.outputs.first().name, QString("Identity"));
    QCOMPARE(m.outputs.first().sizeBytes, qint64(4));
    QCOMPARE(m.memory.size(), 1);
    QCOMPARE(m.memory.first().workspaceBytes, qint64(1184));
    bool runtimeWarning = false;
    for (const QString &w : info->warnings)
        runtimeWarning = runtimeWarning || w.contains("runtime");
    QVERIFY2(runtimeWarning, qPrintable(info->warnings.join('\n')));
}

void tst_RealSamples::linaroSineV5Listing()
{
    const Result<QList<MemberEntry>> entries = ModelArchive::list(sample("linaro_sine_v5.tar"));
    QVERIFY(entries);
    QStringList files;
    for (const MemberEntry &e : *entries) {
        if (e.type == MemberType::File)
            files << e.name + ":" + QString::number(e.size);
    }
    files.sort();
    QCOMPARE(files,
             QStringList({"codegen/host/include/tvmgen_default.h:784",
                          "codegen/host/src/default_lib0.c:399",
                          "codegen/host/src/default_lib1.c:10881",
                          "metadata.json:1753",
                          "parameters/default.params:32",
                          "src/relay.txt:706"}));
}

void tst_RealSamples::matchV7Parts()
{
    const QString path = sample("match_v7_parts.tar");
    if (!QFileInfo(path).isFile())
        TINYDEPLOY_SKIP_WITHOUT_SHARED("match_v7_parts.tar is not available");

    const Result<QByteArray> metadata = ModelArchive::readMember(path, "./metadata.json");
    QVERIFY2(metadata, qPrintable(metadata ? QString() : metadata.error().fullText()));
    QCOMPARE(metadata->size(), 1114);
    const Result<ModelInfo> info = parseMetadata(*metadata);
    QVERIFY2(info, qPrintable(info ? QString() : info.error().fullText()));
    QCOMPARE(info->version, 7);
    QCOMPARE(info->tvmVersion, QString("0.15.dev0"));
    QCOMPARE(info->modules.size(), 1);

    const Result<QByteArray> headerText = ModelArchive::readMember(path, "tvmgen_default.h");
    QVERIFY(headerText);
    QCOMPARE(headerText->size(), 1021);
    const Result<HeaderInfo> header = parseHeader(*headerText, "default", "tvmgen_default.h");
    QVERIFY2(header, qPrintable(header ? QString() : header.error().fullText()));
    QCOMPARE(header->tensorBytes("input_0"), qint64(3072));
    QCOMPARE(header->tensorBytes("output"), qint64(1024));
    QCOMPARE(header->workspaceBytes, qint64(0));
    QCOMPARE(header->declaredEntryPoint, QString("tvmgen_default_run"));

    const Result<QByteArray> paramsData = ModelArchive::readMember(path, "default.params");
    QVERIFY(paramsData);
    QCOMPARE(paramsData->size(), 269);
    const Result<QList<ParamInfo>> params = decodeParams(*paramsData, "default.params");
    QVERIFY2(params, qPrintable(params ? QString() : params.error().fullText()));
    QCOMPARE(params->size(), 2);
    QCOMPARE(params->at(0).dtype, QString("int8"));
    QCOMPARE(params->at(0).shape, QList<qint64>({1, 3, 3, 3}));
    QCOMPARE(params->at(0).sizeBytes, qint64(27));
    QCOMPARE(params->at(1).dtype, QString("int32"));
    QCOMPARE(params->at(1).shape, QList<qint64>({1}));
    QCOMPARE(params->at(1).sizeBytes, qint64(4));

    // As a whole it is not an MLF layout, but summarize still reads its metadata.
    const Result<ModelInfo> summary = ModelArchive::summarize(path);
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().fullText()));
    QCOMPARE(summary->version, 7);
    QVERIFY(summary->modules.first().sourceMembers.isEmpty());
}

QTEST_GUILESS_MAIN(tst_RealSamples)
#include "tst_realsamples.moc"
