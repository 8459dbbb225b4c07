#include <mlf/relayparser.h>

#include <mlffixtures.h>

#include <fixtures/sharedsamples.h>

#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>

using namespace TinyDeploy;
using namespace TinyDeploy::Mlf;

Q_DECLARE_METATYPE(TinyDeploy::ErrorCode)

namespace {

const QByteArray simple = "def @main(%x: Tensor[(1, 8, 8, 1), float32], %v_param_1: Tensor[(3), "
                          "int8]) -> Tensor[(1, 10), float32] {\n  nn.dense(%x, %v_param_1)\n}\n";

QString describe(const QList<RelayTensor> &tensors)
{
    QStringList parts;
    for (const RelayTensor &t : tensors) {
        QStringList dims;
        for (qint64 d : t.shape)
            dims << QString::number(d);
        parts << QString("%1:%2[%3]").arg(t.name, t.dtype, dims.join(','));
    }
    return parts.join(' ');
}

} // namespace

class tst_RelayParser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void signatures_data();
    void signatures();
    void failures_data();
    void failures();
    void everyPrefixOfASignature();
    void outputTensorNames();
    void untypedParameter();
    void realLinaroRelay();
    void fixtureRelay();
};

void tst_RelayParser::signatures_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("params");
    QTest::addColumn<QString>("results");

    QTest::newRow("simple") << simple << "x:float32[1,8,8,1] v_param_1:int8[3]"
                            << ":float32[1,10]";
    QTest::newRow("newlines and tabs")
        << QByteArray("def\n@main (\n\t%x :\n Tensor[ ( 1 ,\n 2 ) ,\tfloat32 ]\n,\n%y: "
                      "Tensor[(4), int32]\n)\n->\nTensor[(2), float32]\n{\n}")
        << "x:float32[1,2] y:int32[4]"
        << ":float32[2]";
    QTest::newRow("comments and meta")
        << QByteArray("#[version = \"0.0.5\"]\n// def @main(%fake: Tensor[(9), int8]) {\n"
                      "def @main(%x: Tensor[(1, 4), int8] /* ty=Tensor[(1, 4), int8] */, "
                      "executor=meta[Executor][0], runtime=meta[Runtime][0], "
                      "hash=\"a1,b)\") -> Tensor[(1, 4), int8] /* ty=... */ {\n  %x\n}")
        << "x:int8[1,4]"
        << ":int8[1,4]";
    QTest::newRow("other functions first")
        << QByteArray("def @helper(%a: Tensor[(2), float32]) -> Tensor[(2), float32] {\n  %a\n}\n"
                      "def @main_like(%b: Tensor[(5), float32]) {\n  %b\n}\n"
                      "def @main(%c: Tensor[(3), uint8]) {\n  @helper(%c)\n}\n")
        << "c:uint8[3]"
        << "";
    QTest::newRow("tuple result") << QByteArray(
        "def @main(%x: Tensor[(1), float32]) -> (Tensor[(1, 10), float32], "
        "Tensor[(1), int32]) {") << "x:float32[1]"
                                  << ":float32[1,10] :int32[1]";
    QTest::newRow("nested tuple result")
        << QByteArray("def @main(%x: Tensor[(1), float32]) -> (Tensor[(1), float32], "
                      "(Tensor[(2), int8], Tensor[(3), int32],),) {")
        << "x:float32[1]"
        << ":float32[1] :int8[2] :int32[3]";
    QTest::newRow("dynamic and i64 dimensions")
        << QByteArray("def @main(%x: Tensor[(?, 3i64, n), float32]) {") << "x:float32[-1,3,-1]"
        << "";
    QTest::newRow("scalars") << QByteArray("def @main(%s: float32, %t: Tensor[(), int32]) {")
                             << "s:float32[] t:int32[]"
                             << "";
    QTest::newRow("name with colon")
        << QByteArray("def @main(%serving_default_input_1:0: Tensor[(1, 4), int8]) {")
        << "serving_default_input_1:0:int8[1,4]"
        << "";
    QTest::newRow("name with colon, no space")
        << QByteArray("def @main(%a:0:Tensor[(2), int8]) {") << "a:0:int8[2]"
        << "";
    QTest::newRow("quoted name") << QByteArray("def @main(%\"in put\": Tensor[(2), int8]) {")
                                 << "in put:int8[2]"
                                 << "";
    QTest::newRow("no parameters") << QByteArray("def @main() -> Tensor[(1), float32] {") << ""
                                   << ":float32[1]";
    QTest::newRow("trailing data") << simple + QByteArray(1000, '\xff')
                                   << "x:float32[1,8,8,1] "
                                      "v_param_1:int8[3]"
                                   << ":float32[1,10]";
    QTest::newRow("bad charset in name")
        << QByteArray("def @main(%caf\xe9: Tensor[(2), int8]) {") << "caf\xef\xbf\xbd:int8[2]"
        << "";
}

void tst_RelayParser::signatures()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, params);
    QFETCH(QString, results);
    const auto f = parseRelayMain(text, "src/default.relay");
    QVERIFY2(f.has_value(), qPrintable(f ? QString() : f.error().fullText()));
    QCOMPARE(describe(f->params), params);
    QCOMPARE(describe(f->results), results);
}

void tst_RelayParser::failures_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<ErrorCode>("code");

    QTest::newRow("empty") << QByteArray() << ErrorCode::NotFound;
    QTest::newRow("garbage") << QByteArray("\x01\x02\xff garbage %x ( ) {") << ErrorCode::NotFound;
    QTest::newRow("only a call of main") << QByteArray("%0 = @main(%x);") << ErrorCode::NotFound;
    QTest::newRow("only main_helper")
        << QByteArray("def @main_helper(%x) {") << ErrorCode::NotFound;
    QTest::newRow("incomplete") << simple.left(40) << ErrorCode::InvalidValue;
    QTest::newRow("cut before body") << simple.left(simple.indexOf('{')) << ErrorCode::InvalidValue;
    QTest::newRow("bad shape") << QByteArray("def @main(%x: Tensor[(1, *), float32]) {")
                               << ErrorCode::InvalidValue;
    QTest::newRow("no brace") << QByteArray("def @main(%x: Tensor[(1), float32]) ;")
                              << ErrorCode::InvalidValue;
    QTest::newRow("absurd dimension")
        << QByteArray("def @main(%x: Tensor[(99999999999999999999999), float32]) {")
        << ErrorCode::InvalidValue;
    QTest::newRow("deep tuple") << QByteArray("def @main() -> ") + QByteArray(100, '(')
                                       + QByteArray(100, ')') + " {"
                                << ErrorCode::InvalidValue;
    QByteArray oversize(maxRelayBytes, ' ');
    oversize += simple;
    QTest::newRow("oversize: main beyond the limit") << oversize << ErrorCode::NotFound;
}

void tst_RelayParser::failures()
{
    QFETCH(QByteArray, text);
    QFETCH(ErrorCode, code);
    const auto f = parseRelayMain(text, "src/relay.txt");
    QVERIFY(!f.has_value());
    QCOMPARE(errorCodeName(f.error().code), errorCodeName(code));
    QCOMPARE(f.error().location, QString("src/relay.txt"));
    QVERIFY(!f.error().hint.isEmpty());
}

void tst_RelayParser::everyPrefixOfASignature()
{
    // The caller reads only the first bytes of the member: any prefix must give a clean answer.
    const qsizetype brace = simple.indexOf('{');
    for (qsizetype n = 0; n <= brace; ++n) {
        const auto f = parseRelayMain(simple.left(n));
        QVERIFY2(!f.has_value(), qPrintable(QString::number(n)));
        const ErrorCode expected = n < qsizetype(strlen("def @main(")) ? ErrorCode::NotFound
                                                                       : ErrorCode::InvalidValue;
        QCOMPARE(errorCodeName(f.error().code), errorCodeName(expected));
    }
    QVERIFY(parseRelayMain(simple.left(brace + 1)).has_value());
}

void tst_RelayParser::outputTensorNames()
{
    const auto f = parseRelayMain("def @main(%x: Tensor[(1), float32], output_tensor_names=[\"out_a"
                                  "\", \"out_b\"]) -> (Tensor[(1), float32], Tensor[(2), int8]) {");
    QVERIFY(f.has_value());
    QCOMPARE(f->outputTensorNames, (QStringList{"out_a", "out_b"}));
    QCOMPARE(f->params.size(), 1);
}

void tst_RelayParser::untypedParameter()
{
    const auto f = parseRelayMain("def @main(%x, %y: Tensor[(1), int8]) {");
    QVERIFY(f.has_value());
    QCOMPARE(f->params.size(), 2);
    QCOMPARE(f->params.at(0).name, QString("x"));
    QVERIFY(!f->params.at(0).typed);
    QVERIFY(f->params.at(1).typed);
}

void tst_RelayParser::realLinaroRelay()
{
    const QString path = QStringLiteral(TINYDEPLOY_SHARED_DIR "/mlf-samples/linaro_sine_v5.tar");
    if (!QFileInfo::exists(path))
        TINYDEPLOY_SKIP_WITHOUT_SHARED(
            "The shared MLF samples are not available beside the checkout.");
    const QByteArray text = Fixtures::readArchiveMember(path, "src/relay.txt");
    QCOMPARE(text.size(), 706);
    const auto f = parseRelayMain(text);
    QVERIFY2(f.has_value(), qPrintable(f ? QString() : f.error().fullText()));
    QCOMPARE(f->params.size(), 7);
    QCOMPARE(describe(f->params.mid(0, 3)),
             QString("dense_4_input:float32[1,1] v_param_1:float32[16,1] v_param_2:float32[16]"));
    QCOMPARE(f->outputTensorNames, QStringList{"Identity"});
    QVERIFY(f->results.isEmpty()); // that export wrote no return type
}

void tst_RelayParser::fixtureRelay()
{
    Fixtures::FixtureSpec spec;
    spec.tupleOutput = true;
    const auto f = parseRelayMain(Fixtures::fixtureRelay(spec));
    QVERIFY2(f.has_value(), qPrintable(f ? QString() : f.error().fullText()));
    QCOMPARE(describe(f->params),
             QString("serving_default_input:0:int8[1,4,4,1] v_param_1:float32[10] "
                     "v_param_2:int8[2,3]"));
    QCOMPARE(describe(f->results), QString(":float32[1,10] :int32[1]"));
}

QTEST_GUILESS_MAIN(tst_RelayParser)
#include "tst_relayparser.moc"
