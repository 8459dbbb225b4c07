#include <mlf/headerparser.h>

#include <mlffixtures.h>

#include <fixtures/sharedsamples.h>

#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>

using namespace TinyDeploy;
using namespace TinyDeploy::Mlf;

Q_DECLARE_METATYPE(TinyDeploy::ErrorCode)

namespace {

const QString samples = QStringLiteral(TINYDEPLOY_SHARED_DIR "/mlf-samples");

const QByteArray usmpHeader = R"(#ifndef TVMGEN_DEFAULT_H_
#define TVMGEN_DEFAULT_H_
#include <stdint.h>
/* struct tvmgen_default_inputs { void* commented_out; }; */
// int32_t tvmgen_default_run_model(void* in, void* out);
#define TVMGEN_DEFAULT_SRAM_WORKSPACE_POOL_SIZE 1024
#define TVMGEN_DEFAULT_FLASH_CONSTANT_POOL_SIZE (512U)
#define TVMGEN_DEFAULT_INPUT_A_SIZE 0x10
#define TVMGEN_DEFAULT_WORKSPACE_SIZE 0
struct tvmgen_default_inputs {
  void* input_a;
  void* input_b;
};
struct tvmgen_default_outputs { void* out; };
struct tvmgen_default_workspace_pools {
  void* sram;
};
struct tvmgen_default_devices {
  void* ethos_u;
};
int32_t tvmgen_default_map_inputs(struct tvmgen_default_workspace_pools* pools);
int32_t tvmgen_default_run(
  struct tvmgen_default_workspace_pools* workspace_pools,
  struct tvmgen_default_devices* devices
);
#endif
)";

} // namespace

class tst_HeaderParser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void realMatchV7Header();
    void realLinaroV5Header();
    void usmpPoolsAndDevices();
    void otherModuleNames();
    void runModelDeclaration();
    void fixtureHeader();
    void rejects_data();
    void rejects();
};

void tst_HeaderParser::realMatchV7Header()
{
    const QString path = samples + "/match_v7_parts.tar";
    if (!QFileInfo::exists(path))
        TINYDEPLOY_SKIP_WITHOUT_SHARED(
            "The shared MLF samples are not available beside the checkout.");
    const QByteArray text = Fixtures::readArchiveMember(path, "tvmgen_default.h");
    QCOMPARE(text.size(), 1021);
    const auto h = parseHeader(text, "default", "tvmgen_default.h");
    QVERIFY2(h.has_value(), qPrintable(h ? QString() : h.error().fullText()));
    QCOMPARE(h->inputs, QStringList{"input_0"});
    QCOMPARE(h->outputs, QStringList{"output"});
    QCOMPARE(h->tensorBytes("input_0"), 3072);
    QCOMPARE(h->tensorBytes("output"), 1024);
    QCOMPARE(h->workspaceBytes, 0);
    QCOMPARE(h->declaredEntryPoint, QString("tvmgen_default_run"));
    QCOMPARE(h->functions, QStringList{"tvmgen_default_run"});
    QVERIFY(h->pools.isEmpty());
    QCOMPARE(h->sizeMacros.size(), 3);
}

void tst_HeaderParser::realLinaroV5Header()
{
    const QString path = samples + "/linaro_sine_v5.tar";
    if (!QFileInfo::exists(path))
        TINYDEPLOY_SKIP_WITHOUT_SHARED(
            "The shared MLF samples are not available beside the checkout.");
    const QByteArray text = Fixtures::readArchiveMember(path,
                                                        "codegen/host/include/tvmgen_default.h");
    const auto h = parseHeader(text, "default");
    QVERIFY2(h.has_value(), qPrintable(h ? QString() : h.error().fullText()));
    QCOMPARE(h->inputs, QStringList{"dense_4_input"});
    QCOMPARE(h->outputs, QStringList{"Identity"});
    QCOMPARE(h->workspaceBytes, 1184);
    QCOMPARE(h->tensorBytes("dense_4_input"), -1); // 0.9.dev0 wrote no size macros
    QCOMPARE(h->declaredEntryPoint, QString("tvmgen_default_run"));
}

void tst_HeaderParser::usmpPoolsAndDevices()
{
    const auto h = parseHeader(usmpHeader, "default");
    QVERIFY(h.has_value());
    QCOMPARE(h->inputs, (QStringList{"input_a", "input_b"}));
    QCOMPARE(h->outputs, QStringList{"out"});
    QCOMPARE(h->workspacePools, QStringList{"sram"});
    QCOMPARE(h->devices, QStringList{"ethos_u"});
    QCOMPARE(h->tensorBytes("input_a"), 16);
    QCOMPARE(h->tensorBytes("input_b"), -1);
    QCOMPARE(h->pools.size(), 2);
    QCOMPARE(h->pools.at(0).name, QString("flash"));
    QCOMPARE(h->pools.at(0).sizeBytes, 512);
    QVERIFY(h->pools.at(0).constant);
    QCOMPARE(h->pools.at(1).name, QString("sram"));
    QCOMPARE(h->pools.at(1).sizeBytes, 1024);
    QVERIFY(!h->pools.at(1).constant);
    QCOMPARE(h->functions, (QStringList{"tvmgen_default_map_inputs", "tvmgen_default_run"}));
    QCOMPARE(h->declaredEntryPoint, QString("tvmgen_default_run"));
}

void tst_HeaderParser::otherModuleNames()
{
    Fixtures::FixtureSpec spec;
    spec.modules = QStringList{"Mod-1"};
    const QByteArray text = Fixtures::fixtureHeader(spec, "Mod-1");
    const auto h = parseHeader(text, "Mod-1");
    QVERIFY2(h.has_value(), qPrintable(h ? QString() : h.error().fullText()));
    QCOMPARE(h->declaredEntryPoint, QString("tvmgen_mod_1_run"));
    QCOMPARE(h->inputs, QStringList{"serving_default_input_0"});
    QCOMPARE(h->tensorBytes("serving_default_input_0"), 16);
    QCOMPARE(h->tensorBytes("output"), 40);
    // The same header read for another module declares nothing of it.
    const auto other = parseHeader(text, "default");
    QVERIFY(!other.has_value());
    QCOMPARE(other.error().code, ErrorCode::InvalidValue);
}

void tst_HeaderParser::runModelDeclaration()
{
    const auto h = parseHeader("int32_t tvmgen_default_run_model(void* in, void* out);\n",
                               "default");
    QVERIFY(h.has_value());
    QCOMPARE(h->declaredEntryPoint, QString("tvmgen_default_run_model"));
    QVERIFY(h->inputs.isEmpty());
}

void tst_HeaderParser::fixtureHeader()
{
    Fixtures::FixtureSpec spec;
    spec.tupleOutput = true;
    const auto h = parseHeader(Fixtures::fixtureHeader(spec, "default"), "default");
    QVERIFY(h.has_value());
    QCOMPARE(h->outputs, (QStringList{"output0", "output1"}));
    QCOMPARE(h->tensorBytes("output1"), 4);
    QCOMPARE(h->workspaceBytes, 256);
}

void tst_HeaderParser::rejects_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("empty") << QByteArray() << ErrorCode::InvalidValue;
    QTest::newRow("garbage") << QByteArray("\x01\x02\xff{{{;;;\"unterminated")
                             << ErrorCode::InvalidValue;
    QTest::newRow("only comments") << QByteArray(
        "/* struct tvmgen_default_inputs { void* x; }; */\n// tvmgen_default_run();\n")
                                   << ErrorCode::InvalidValue;
    QTest::newRow("incomplete struct")
        << QByteArray("struct tvmgen_default_inputs {\n  void* a;") << ErrorCode::InvalidValue;
    QTest::newRow("oversize") << QByteArray(maxHeaderBytes + 1, ' ') << ErrorCode::LimitExceeded;
}

void tst_HeaderParser::rejects()
{
    QFETCH(QByteArray, text);
    QFETCH(ErrorCode, code);
    const auto h = parseHeader(text, "default", "codegen/host/include/tvmgen_default.h");
    QVERIFY(!h.has_value());
    QCOMPARE(errorCodeName(h.error().code), errorCodeName(code));
    QCOMPARE(h.error().location, QString("codegen/host/include/tvmgen_default.h"));
}

QTEST_GUILESS_MAIN(tst_HeaderParser)
#include "tst_headerparser.moc"
