#include <deploy/resultbuilder.h>
#include <deploy/samplekit.h>
#include <tensor/npy.h>

#include <QTest>

using namespace TinyDeploy;
using namespace TinyDeploy::Deploy;

namespace {

const QString samplesDir = QStringLiteral(TINYDEPLOY_SOURCE_DIR "/resources/samples");

Device::DeviceHello digitsDevice()
{
    Device::DeviceHello hello;
    Device::TensorInfo input{"input", 2, 32, {1, 8, 8, 1}, 256};
    Device::TensorInfo output{"output", 2, 32, {1, 10}, 40};
    hello.inputs = {input};
    hello.outputs = {output};
    return hello;
}

QByteArray scores(int best)
{
    QList<double> values(10, 0.01);
    values[best] = 0.9;
    return Tensor::Tensor::fromValues(Tensor::DType::float32(), {1, 10}, values)->data();
}

} // namespace

class tst_ResultBuilder : public QObject
{
    Q_OBJECT

private slots:
    void typesTopKAndLabels();
    void comparesKitSamplesWithTheirExpectedOutput_data();
    void comparesKitSamplesWithTheirExpectedOutput();
    void keepsBytesThatCannotBeTyped();
    void dequantizesWithTheKitsQuantizationFile();
};

void tst_ResultBuilder::typesTopKAndLabels()
{
    const SampleKit kit = SampleKit::find(samplesDir + "/digits_float32.tar");
    QCOMPARE(kit.labels().size(), 10);
    const ResultBuilder builder(digitsDevice(), kit, 3);
    const RunResult result = builder.build(InputSet{"zeros", {}, {}}, {scores(7)});
    QCOMPARE(result.outputNames, QStringList{"output"});
    QCOMPARE(result.outputs.first().shape(), QList<qint64>({1, 10}));
    QCOMPARE(result.topK.size(), 3);
    QCOMPARE(result.topK.first().index, 7);
    QCOMPARE(result.topKLabels.first(), kit.labels().at(7));
    QVERIFY(!result.agreementKnown()); // not a sample of the kit
    QVERIFY(!result.trueClass);
}

void tst_ResultBuilder::comparesKitSamplesWithTheirExpectedOutput_data()
{
    QTest::addColumn<bool>("sendExpected");
    QTest::newRow("the expected output agrees") << true;
    QTest::newRow("another output differs") << false;
}

void tst_ResultBuilder::comparesKitSamplesWithTheirExpectedOutput()
{
    QFETCH(bool, sendExpected);
    const SampleKit kit = SampleKit::find(samplesDir + "/digits_float32.tar");
    QVERIFY(kit.hasSamples());
    const SampleFile &sample = kit.samples().first();
    const Result<Tensor::Tensor> expected = Tensor::readNpyFile(sample.expectedPath);
    QVERIFY(expected);
    const Result<Tensor::Tensor> input = Tensor::readNpyFile(sample.inputPath);
    QVERIFY(input);
    const QByteArray sent = sendExpected ? expected->data() : scores(0);
    const RunResult result = ResultBuilder(digitsDevice(), kit, 3)
                                 .build(InputSet{sample.name, sample.inputPath, {*input}}, {sent});
    QVERIFY(result.agreementKnown());
    QCOMPARE(result.agrees(), sendExpected);
    QCOMPARE(result.expected.size(), 1);
    QCOMPARE(result.trueClass, sample.trueClass);
}

void tst_ResultBuilder::keepsBytesThatCannotBeTyped()
{
    Device::DeviceHello hello = digitsDevice();
    hello.outputs[0].dtypeBits = 7; // no such dtype
    const RunResult result = ResultBuilder(hello, SampleKit(), 3).build(InputSet{}, {"abc"});
    QCOMPARE(result.outputs.size(), 1);
    QCOMPARE(result.outputs.first().data(), QByteArray("abc"));
    QCOMPARE(result.outputs.first().dtype(), Tensor::DType::uint8());
}

void tst_ResultBuilder::dequantizesWithTheKitsQuantizationFile()
{
    // digits_int8.tar comes with digits_int8.quant.json (the kit owns it).
    const SampleKit kit = SampleKit::find(samplesDir + "/digits_int8.tar");
    QVERIFY(!kit.quantError());
    QVERIFY(kit.inputQuant().contains("serving_default_input_1:0"));
    QCOMPARE(kit.inputQuant().value("serving_default_input_1:0").zeroPoint, -128);
    QVERIFY(kit.outputQuant().contains("output"));
    const Tensor::QuantParams params = kit.outputQuant().value("output");

    Device::DeviceHello hello = digitsDevice();
    hello.outputs = {{"output", 0, 8, {1, 10}, 10}};
    QByteArray raw(10, char(-128));
    raw[3] = char(127);
    const RunResult result = ResultBuilder(hello, kit, 3).build(InputSet{"zeros", {}, {}}, {raw});
    QCOMPARE(result.dequantized.size(), 1);
    const QList<double> real = result.dequantized.first().toDoubles();
    QCOMPARE(real.size(), 10);
    // float32 values: equal to within float precision.
    QVERIFY(qAbs(real.at(3) - params.scale * (127 - params.zeroPoint)) < 1e-4);
    QVERIFY(qAbs(real.at(0) - params.scale * (-128 - params.zeroPoint)) < 1e-4);
    QCOMPARE(result.topK.first().index, 3);

    // Without a quantization file nothing is dequantized.
    const RunResult plain = ResultBuilder(hello, SampleKit(), 3).build(InputSet{}, {raw});
    QVERIFY(plain.dequantized.isEmpty());
}

QTEST_GUILESS_MAIN(tst_ResultBuilder)
#include "tst_resultbuilder.moc"
