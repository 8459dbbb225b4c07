#include <deploy/runinputs.h>
#include <deploy/samplekit.h>
#include <mlf/modelinfo.h>
#include <tensor/npy.h>

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace TinyDeploy;
using namespace TinyDeploy::Deploy;

namespace {

const QString samplesDir = QStringLiteral(TINYDEPLOY_SOURCE_DIR "/resources/samples");

Device::TensorInfo tensorInfo(const QString &name, quint8 code, quint8 bits, QList<qint32> shape)
{
    Device::TensorInfo info;
    info.name = name;
    info.dtypeCode = code;
    info.dtypeBits = bits;
    info.shape = shape;
    qint64 count = 1;
    for (const qint32 dim : shape)
        count *= dim;
    info.bytes = quint32(count * std::max(1, bits / 8));
    return info;
}

Device::DeviceHello device(QList<Device::TensorInfo> inputs)
{
    Device::DeviceHello hello;
    hello.inputs = std::move(inputs);
    return hello;
}

// The digits model: one [1, 8, 8, 1] input.
Device::DeviceHello digits(quint8 code, quint8 bits)
{
    return device({tensorInfo("input", code, bits, {1, 8, 8, 1})});
}

} // namespace

class tst_RunInputs : public QObject
{
    Q_OBJECT

private slots:
    void randomCoversTheWholeRangeOfEachDtype_data();
    void randomCoversTheWholeRangeOfEachDtype();
    void zerosFollowTheDeviceShapes();
    void prepareDefaultsToSamplesThenZeros();
    void checkRefusesMismatches_data();
    void checkRefusesMismatches();
    void checkFilesAgainstTheModel_data();
    void checkFilesAgainstTheModel();
    void imageIsResizedNormalisedAndInverted_data();
    void imageIsResizedNormalisedAndInverted();
    void imageIsQuantizedForIntegerInputs();
    void imageNeedsAnImageInput();
};

void tst_RunInputs::randomCoversTheWholeRangeOfEachDtype_data()
{
    QTest::addColumn<quint8>("code");
    QTest::addColumn<quint8>("bits");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");

    QTest::newRow("int8") << quint8(0) << quint8(8) << -128.0 << 127.0;
    QTest::newRow("uint8") << quint8(1) << quint8(8) << 0.0 << 255.0;
    QTest::newRow("int16") << quint8(0) << quint8(16) << -32768.0 << 32767.0;
    QTest::newRow("uint16") << quint8(1) << quint8(16) << 0.0 << 65535.0;
    QTest::newRow("int32") << quint8(0) << quint8(32) << -2147483648.0 << 2147483647.0;
    QTest::newRow("float32") << quint8(2) << quint8(32) << 0.0 << 1.0;
}

void tst_RunInputs::randomCoversTheWholeRangeOfEachDtype()
{
    QFETCH(quint8, code);
    QFETCH(quint8, bits);
    QFETCH(double, low);
    QFETCH(double, high);
    const Device::DeviceHello hello = device({tensorInfo("x", code, bits, {64, 64})});
    QRandomGenerator generator(42);
    const Result<InputSet> set = RunInputs::random(hello, generator);
    QVERIFY2(set, set ? "" : qPrintable(set.error().fullText()));
    QCOMPARE(set->name, "random");
    QCOMPARE(set->tensors.size(), 1);
    QVERIFY(RunInputs::check({*set}, hello));
    const QList<double> values = set->tensors.first().toDoubles();
    QCOMPARE(values.size(), 64 * 64);
    const auto [min, max] = std::minmax_element(values.cbegin(), values.cend());
    QVERIFY(*min >= low);
    QVERIFY(*max <= high);
    // 4096 draws over the range: both ends of it are reached, not only +-128.
    const double span = high - low;
    QVERIFY2(*min < low + span * 0.05, qPrintable(QString::number(*min)));
    QVERIFY2(*max > high - span * 0.05, qPrintable(QString::number(*max)));
    if (code != 2) {
        // For uint8 the old bounded(-128, 128) saturated half of the values to 0.
        const auto zeros = std::count(values.cbegin(), values.cend(), 0.0);
        QVERIFY2(zeros < values.size() / 8, qPrintable(QString::number(zeros)));
    }
}

void tst_RunInputs::zerosFollowTheDeviceShapes()
{
    const Device::DeviceHello hello = device(
        {tensorInfo("a", 2, 32, {1, 3}), tensorInfo("b", 0, 8, {})});
    Device::DeviceHello flat = hello;
    flat.inputs[1].bytes = 5; // no shape: flat, from the byte size
    const Result<InputSet> set = RunInputs::zeros(flat);
    QVERIFY(set);
    QCOMPARE(set->name, "zeros");
    QCOMPARE(set->tensors.size(), 2);
    QCOMPARE(set->tensors.at(0).shape(), QList<qint64>({1, 3}));
    QCOMPARE(set->tensors.at(1).shape(), QList<qint64>({5}));
    QCOMPARE(set->tensors.at(0).toDoubles(), QList<double>({0, 0, 0}));
}

void tst_RunInputs::prepareDefaultsToSamplesThenZeros()
{
    const Device::DeviceHello hello = digits(2, 32);
    const SampleKit kit = SampleKit::find(samplesDir + "/digits_float32.tar");
    QVERIFY(kit.hasSamples());
    const Result<QList<InputSet>> samples = RunInputs::prepare({}, {}, kit, hello);
    QVERIFY(samples);
    QCOMPARE(samples->size(), kit.samples().size());
    QCOMPARE(samples->first().source, kit.samples().first().inputPath);

    const Result<QList<InputSet>> zeros = RunInputs::prepare({}, {}, SampleKit(), hello);
    QVERIFY(zeros);
    QCOMPARE(zeros->size(), 1);
    QCOMPARE(zeros->first().name, "zeros");

    // Given sets win over everything.
    const Result<QList<InputSet>> given = RunInputs::prepare(*zeros, {"/no/such.npy"}, kit, hello);
    QVERIFY(given);
    QCOMPARE(given->size(), 1);
    // Then files.
    const Result<QList<InputSet>> files = RunInputs::prepare({}, {"/no/such.npy"}, kit, hello);
    QVERIFY(!files);
}

void tst_RunInputs::checkRefusesMismatches_data()
{
    QTest::addColumn<QList<qint32>>("shape");
    QTest::addColumn<quint8>("code");
    QTest::addColumn<int>("tensors");
    QTest::addColumn<int>("error");

    QTest::newRow("wrong dtype") << QList<qint32>{1, 8, 8, 1} << quint8(0) << 1
                                 << int(ErrorCode::DTypeMismatch);
    QTest::newRow("wrong size") << QList<qint32>{1, 4, 4, 1} << quint8(2) << 1
                                << int(ErrorCode::SizeMismatch);
    QTest::newRow("wrong count") << QList<qint32>{1, 8, 8, 1} << quint8(2) << 2
                                 << int(ErrorCode::ShapeMismatch);
}

void tst_RunInputs::checkRefusesMismatches()
{
    QFETCH(QList<qint32>, shape);
    QFETCH(quint8, code);
    QFETCH(int, tensors);
    QFETCH(int, error);
    const Result<InputSet> made = RunInputs::zeros(device({tensorInfo("input", code, 32, shape)}));
    QVERIFY(made);
    InputSet set = *made;
    while (set.tensors.size() < tensors)
        set.tensors.append(set.tensors.first());
    const Result<void> checked = RunInputs::check({set}, digits(2, 32));
    QVERIFY(!checked);
    QCOMPARE(int(checked.error().code), error);
}

void tst_RunInputs::checkFilesAgainstTheModel_data()
{
    QTest::addColumn<QString>("dtype");
    QTest::addColumn<QList<qint64>>("shape");
    QTest::addColumn<bool>("garbage");
    QTest::addColumn<int>("error"); ///< -1: accepted.
    QTest::addColumn<QString>("text");

    QTest::newRow("matches") << "float32" << QList<qint64>{1, 8, 8, 1} << false << -1 << "";
    QTest::newRow("same count, other shape")
        << "float32" << QList<qint64>{1, 64} << false << -1 << "";
    QTest::newRow("wrong dtype") << "int8" << QList<qint64>{1, 8, 8, 1} << false
                                 << int(ErrorCode::DTypeMismatch)
                                 << "is float32, but the file holds int8";
    QTest::newRow("wrong shape") << "float32" << QList<qint64>{1, 3} << false
                                 << int(ErrorCode::ShapeMismatch)
                                 << "has the shape [1, 8, 8, 1], but the file holds [1, 3]";
    QTest::newRow("not a tensor") << "float32" << QList<qint64>{} << true
                                  << int(ErrorCode::InvalidNpy) << "NumPy";
}

void tst_RunInputs::checkFilesAgainstTheModel()
{
    QFETCH(QString, dtype);
    QFETCH(QList<qint64>, shape);
    QFETCH(bool, garbage);
    QFETCH(int, error);
    QFETCH(QString, text);
    QTemporaryDir dir;
    const QString path = dir.filePath("input file.npy");
    if (garbage) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not an array");
    } else {
        const Result<Tensor::DType> type = Tensor::DType::parse(dtype);
        QVERIFY(type);
        const Result<Tensor::Tensor> tensor = Tensor::Tensor::zeros(*type, shape);
        QVERIFY(tensor);
        QVERIFY(Tensor::writeNpyFile(*tensor, path));
    }
    Mlf::ModuleInfo module;
    Mlf::TensorInfo input;
    input.name = "input";
    input.dtype = "float32";
    input.shape = {1, 8, 8, 1};
    module.inputs = {input};
    const Result<void> checked = RunInputs::checkFiles({path}, module);
    if (error < 0) {
        QVERIFY2(checked, qPrintable(checked ? QString() : checked.error().oneLine()));
        return;
    }
    QVERIFY(!checked);
    QCOMPARE(int(checked.error().code), error);
    QVERIFY2(checked.error().oneLine().contains(text), qPrintable(checked.error().oneLine()));
    QVERIFY2(checked.error().fullText().contains(path), qPrintable(checked.error().fullText()));
}

void tst_RunInputs::imageIsResizedNormalisedAndInverted_data()
{
    QTest::addColumn<int>("channels");
    QTest::addColumn<bool>("darkInk");
    QTest::newRow("grey, light ink on dark") << 1 << false;
    QTest::newRow("grey, dark ink on white") << 1 << true;
    QTest::newRow("rgba, dark ink on white") << 4 << true;
}

void tst_RunInputs::imageIsResizedNormalisedAndInverted()
{
    QFETCH(int, channels);
    QFETCH(bool, darkInk);
    // 16x16: the left half ink, the right half ground; the model takes 8x8.
    ImagePixels pixels;
    pixels.width = 16;
    pixels.height = 16;
    pixels.channels = channels;
    const uchar ink = darkInk ? 0 : 255;
    const uchar ground = darkInk ? 255 : 0;
    for (int y = 0; y < 16; ++y) {
        for (int x = 0; x < 16; ++x) {
            for (int c = 0; c < channels; ++c)
                pixels.data.append(char(c == 3 ? 255 : (x < 4 ? ink : ground)));
        }
    }
    // A quarter is ink: light ink on dark is mostly dark (kept); dark on white is inverted.
    const Result<InputSet> set = RunInputs::image(digits(2, 32), pixels, "drawing", "/d.png");
    QVERIFY2(set, set ? "" : qPrintable(set.error().fullText()));
    QCOMPARE(set->name, "drawing");
    QCOMPARE(set->source, "/d.png");
    const Tensor::Tensor &tensor = set->tensors.first();
    QCOMPARE(tensor.shape(), QList<qint64>({1, 8, 8, 1}));
    const QList<double> values = tensor.toDoubles();
    for (int y = 0; y < 8; ++y) {
        for (int x = 0; x < 8; ++x)
            QCOMPARE(values.at(y * 8 + x), x < 2 ? 1.0 : 0.0);
    }
}

void tst_RunInputs::imageIsQuantizedForIntegerInputs()
{
    ImagePixels pixels{8, 8, 1, QByteArray(64, char(0))};
    pixels.data[0] = char(255);
    const Result<InputSet> set = RunInputs::image(digits(0, 8), pixels, "x", {});
    QVERIFY(set);
    const QList<double> values = set->tensors.first().toDoubles();
    QCOMPARE(values.at(0), 127.0); // 1.0 / (1/255) - 128
    QCOMPARE(values.at(1), -128.0);
    const Result<InputSet> custom = RunInputs::image(digits(0, 8),
                                                     pixels,
                                                     "x",
                                                     {},
                                                     {{"input", Tensor::QuantParams{0.5, 3}}});
    QVERIFY(custom);
    QCOMPARE(custom->tensors.first().toDoubles().at(0), 5.0);
}

void tst_RunInputs::imageNeedsAnImageInput()
{
    const ImagePixels pixels{2, 2, 1, QByteArray(4, char(0))};
    QVERIFY(!RunInputs::image(device({tensorInfo("v", 2, 32, {10})}), pixels, "x", {}));
    QVERIFY(
        !RunInputs::image(device({tensorInfo("a", 2, 32, {2, 2}), tensorInfo("b", 2, 32, {2, 2})}),
                          pixels,
                          "x",
                          {}));
    QVERIFY(!RunInputs::image(digits(2, 32), ImagePixels{2, 2, 1, QByteArray(3, 0)}, "x", {}));
}

QTEST_GUILESS_MAIN(tst_RunInputs)
#include "tst_runinputs.moc"
