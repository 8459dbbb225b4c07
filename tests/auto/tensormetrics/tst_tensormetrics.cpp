#include "tensor/dtype.h"
#include "tensor/metrics.h"
#include "tensor/npy.h"
#include "tensor/quantization.h"
#include "tensor/tensor.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

#include <cmath>
#include <limits>

using namespace TinyDeploy;
using namespace TinyDeploy::Tensor;
using TensorValue = TinyDeploy::Tensor::Tensor;

Q_DECLARE_METATYPE(TinyDeploy::Tensor::DType)

namespace {

const QString kSamples = QStringLiteral(TINYDEPLOY_SOURCE_DIR "/resources/samples/");
constexpr double kNan = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

TensorValue make(DType dtype, const QList<double> &values, QList<qint64> shape = {})
{
    if (shape.isEmpty())
        shape = {values.size()};
    auto tensor = TensorValue::fromValues(dtype, shape, values);
    if (!tensor)
        qFatal("%s", qPrintable(tensor.error().fullText()));
    return *tensor;
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class tst_TensorMetrics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dtypeParse_data();
    void dtypeParse();
    void tensorCreateChecksSize();
    void fromValuesRoundsAndSaturates();
    void reshape();
    void identicalTensorsAgree();
    void floatTolerance_data();
    void floatTolerance();
    void integersMustBeExact();
    void statistics();
    void nanAndInfinity();
    void mismatchedTensorsAreErrors();
    void argmaxAndTopK();
    void dequantizeAndQuantize();
    void int8SampleAgreesWithFloatModel();
};

void tst_TensorMetrics::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_TensorMetrics::dtypeParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("bytes");

    QTest::newRow("float32") << "float32" << true << "float32" << 4;
    QTest::newRow("float16") << "float16" << true << "float16" << 2;
    QTest::newRow("float64") << "float64" << true << "float64" << 8;
    QTest::newRow("bfloat16") << "bfloat16" << true << "bfloat16" << 2;
    QTest::newRow("int8") << "int8" << true << "int8" << 1;
    QTest::newRow("int16") << "int16" << true << "int16" << 2;
    QTest::newRow("int32") << "int32" << true << "int32" << 4;
    QTest::newRow("int64") << "int64" << true << "int64" << 8;
    QTest::newRow("uint8") << "uint8" << true << "uint8" << 1;
    QTest::newRow("uint64") << "uint64" << true << "uint64" << 8;
    QTest::newRow("bool") << "bool" << true << "bool" << 1;
    QTest::newRow("lanes") << "float32x4" << true << "float32x4" << 16;
    QTest::newRow("whitespace") << " int8 " << true << "int8" << 1;
    QTest::newRow("empty") << "" << false << "" << 0;
    QTest::newRow("garbage") << "tensor" << false << "" << 0;
    QTest::newRow("no bits") << "int" << false << "" << 0;
    QTest::newRow("odd bits") << "int7" << false << "" << 0;
    QTest::newRow("float8") << "float8" << false << "" << 0;
    QTest::newRow("signed bits") << "int+8" << false << "" << 0;
    QTest::newRow("zero lanes") << "int8x0" << false << "" << 0;
    QTest::newRow("trailing") << "int8abc" << false << "" << 0;
    QTest::newRow("numpy spelling") << "<f4" << false << "" << 0;
    QTest::newRow("bad charset") << QString::fromUtf8("int８") << false << "" << 0;
}

void tst_TensorMetrics::dtypeParse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, name);
    QFETCH(int, bytes);
    const Result<DType> dtype = DType::parse(text);
    QCOMPARE(dtype.has_value(), valid);
    if (!valid) {
        QCOMPARE(dtype.error().code, ErrorCode::UnsupportedDType);
        QVERIFY(dtype.error().message.contains(text.trimmed()));
        QVERIFY(!dtype.error().hint.isEmpty());
        return;
    }
    QCOMPARE(dtype->name(), name);
    QCOMPARE(dtype->elementBytes(), bytes);
    QCOMPARE(*DType::parse(dtype->name()), *dtype);
}

void tst_TensorMetrics::tensorCreateChecksSize()
{
    QVERIFY(TensorValue::create(DType::float32(), {2, 3}, QByteArray(24, '\0')));
    const auto tooShort = TensorValue::create(DType::float32(), {2, 3}, QByteArray(23, '\0'));
    QVERIFY(!tooShort);
    QCOMPARE(tooShort.error().code, ErrorCode::SizeMismatch);
    QVERIFY(tooShort.error().message.contains(QStringLiteral("[2, 3]")));
    QVERIFY(tooShort.error().message.contains(QStringLiteral("24 bytes")));

    const auto negative = TensorValue::create(DType::int8(), {2, -1}, {});
    QVERIFY(!negative);
    QCOMPARE(negative.error().code, ErrorCode::ShapeMismatch);

    const auto overflow = TensorValue::elementCountOf({1 << 30, 1 << 30, 1 << 30});
    QVERIFY(!overflow);
    QCOMPARE(overflow.error().code, ErrorCode::LimitExceeded);
    QCOMPARE(*TensorValue::elementCountOf({}), 1);
    QCOMPARE(*TensorValue::elementCountOf({4, 0, 3}), 0);
}

void tst_TensorMetrics::fromValuesRoundsAndSaturates()
{
    const TensorValue int8 = make(DType::int8(), {-1000, -2.5, -0.4, 0.5, 126.6, 1000});
    QCOMPARE(int8.toDoubles(), (QList<double>{-128, -3, 0, 1, 127, 127}));
    const TensorValue uint8 = make(DType::uint8(), {-5, 255.4, 300});
    QCOMPARE(uint8.toDoubles(), (QList<double>{0, 255, 255}));
    const TensorValue half = make(DType(DTypeCode::Float, 16), {0.5, 65504, 1e6});
    QCOMPARE(half.toDoubles(), (QList<double>{0.5, 65504, kInf}));
    const TensorValue bf16 = make(DType(DTypeCode::BFloat, 16), {1.0, -2.0, 1.00390625});
    QCOMPARE(bf16.toDoubles(), (QList<double>{1.0, -2.0, 1.0}));
    const TensorValue boolean = make(DType::boolean(), {0, 2, -1});
    QCOMPARE(boolean.data(), QByteArray("\x00\x01\x01", 3));

    const auto wrongCount = TensorValue::fromValues(DType::int8(), {2, 2}, {1, 2, 3});
    QVERIFY(!wrongCount);
    QCOMPARE(wrongCount.error().code, ErrorCode::SizeMismatch);
}

void tst_TensorMetrics::reshape()
{
    const TensorValue t = make(DType::float32(), {1, 2, 3, 4, 5, 6});
    const auto reshaped = t.reshaped({1, 2, 3});
    QVERIFY(reshaped);
    QCOMPARE(reshaped->shape(), (QList<qint64>{1, 2, 3}));
    QCOMPARE(reshaped->data(), t.data());
    const auto bad = t.reshaped({4});
    QVERIFY(!bad);
    QCOMPARE(bad.error().code, ErrorCode::ShapeMismatch);
}

void tst_TensorMetrics::identicalTensorsAgree()
{
    const TensorValue t = make(DType::float32(), {0.1, -2, 3.5, 0});
    const auto c = compare(t, t);
    QVERIFY(c);
    QVERIFY(c->agrees);
    QCOMPARE(c->count, 4);
    QCOMPARE(c->maxAbsDiff, 0.0);
    QCOMPARE(c->maxAbsIndex, -1);
    QCOMPARE(c->maxRelDiff, 0.0);
    QCOMPARE(c->rmse, 0.0);
    QCOMPARE(c->cosineSimilarity, 1.0);
    QCOMPARE(c->mismatches, 0);
    QCOMPARE(c->firstMismatch, -1);
}

void tst_TensorMetrics::floatTolerance_data()
{
    QTest::addColumn<double>("actual");
    QTest::addColumn<double>("expected");
    QTest::addColumn<double>("atol");
    QTest::addColumn<double>("rtol");
    QTest::addColumn<bool>("agrees");

    QTest::newRow("within absolute") << 1e-6 << 0.0 << 1e-5 << 0.0 << true;
    QTest::newRow("outside absolute") << 2e-5 << 0.0 << 1e-5 << 0.0 << false;
    QTest::newRow("within relative") << 1000.5 << 1000.0 << 0.0 << 1e-3 << true;
    QTest::newRow("outside relative") << 1002.0 << 1000.0 << 0.0 << 1e-3 << false;
    QTest::newRow("relative of expected, not actual") << 0.0 << 1.0 << 0.0 << 1.0 << true;
    QTest::newRow("relative is not symmetric") << 1.0 << 0.0 << 0.0 << 1.0 << false;
}

void tst_TensorMetrics::floatTolerance()
{
    QFETCH(double, actual);
    QFETCH(double, expected);
    QFETCH(double, atol);
    QFETCH(double, rtol);
    QFETCH(bool, agrees);
    const TensorValue a = make(DType::float64(), {5.0, actual});
    const TensorValue e = make(DType::float64(), {5.0, expected});
    const auto c = compare(a, e, Tolerance{atol, rtol});
    QVERIFY(c);
    QCOMPARE(c->agrees, agrees);
    QCOMPARE(c->mismatches, agrees ? 0 : 1);
    QCOMPARE(c->firstMismatch, agrees ? -1 : 1);
    QCOMPARE(c->maxAbsDiff, std::abs(actual - expected));
}

void tst_TensorMetrics::integersMustBeExact()
{
    const TensorValue e = make(DType::int8(), {-3, 0, 7, 100});
    const TensorValue a = make(DType::int8(), {-3, 1, 7, 100});
    // A huge tolerance must not make integer outputs "agree": the device must be bit-exact.
    const auto c = compare(a, e, Tolerance{10.0, 10.0});
    QVERIFY(c);
    QVERIFY(!c->agrees);
    QCOMPARE(c->mismatches, 1);
    QCOMPARE(c->firstMismatch, 1);
    QCOMPARE(c->maxAbsDiff, 1.0);
    QCOMPARE(c->maxAbsIndex, 1);
    QVERIFY(compare(e, e)->agrees);

    const TensorValue b1 = make(DType::boolean(), {1, 0});
    const TensorValue b2 = make(DType::boolean(), {1, 1});
    QVERIFY(!compare(b1, b2)->agrees);
}

void tst_TensorMetrics::statistics()
{
    const TensorValue a = make(DType::float32(), {1, 2, 3, 4});
    const TensorValue e = make(DType::float32(), {1, 2, 3, 2});
    const auto c = compare(a, e);
    QVERIFY(c);
    QCOMPARE(c->maxAbsDiff, 2.0);
    QCOMPARE(c->maxAbsIndex, 3);
    QCOMPARE(c->maxRelDiff, 1.0);
    QCOMPARE(c->rmse, 1.0); // sqrt(4 / 4)
    const double cosine = (1 + 4 + 9 + 8) / (std::sqrt(30.0) * std::sqrt(18.0));
    QVERIFY(qFuzzyCompare(c->cosineSimilarity, cosine));

    const auto orthogonal = compare(make(DType::float32(), {1, 0}), make(DType::float32(), {0, 1}));
    QCOMPARE(orthogonal->cosineSimilarity, 0.0);
    const auto opposite = compare(make(DType::float32(), {1, 2}), make(DType::float32(), {-1, -2}));
    QCOMPARE(opposite->cosineSimilarity, -1.0);
    const auto oneZero = compare(make(DType::float32(), {0, 0}), make(DType::float32(), {0, 1}));
    QCOMPARE(oneZero->cosineSimilarity, 0.0);
    // Zero expected values have no relative difference; they still count for the absolute one.
    QCOMPARE(oneZero->maxRelDiff, 1.0);
    const auto zeroExpected = compare(make(DType::float32(), {3, 1}),
                                      make(DType::float32(), {0, 1}));
    QCOMPARE(zeroExpected->maxRelDiff, 0.0);
    QCOMPARE(zeroExpected->maxAbsDiff, 3.0);
}

void tst_TensorMetrics::nanAndInfinity()
{
    const TensorValue e = make(DType::float32(), {1, kInf, 3});
    const auto sameInf = compare(make(DType::float32(), {1, kInf, 3}), e);
    QVERIFY(sameInf->agrees);
    QCOMPARE(sameInf->maxAbsDiff, 0.0);

    const auto nan = compare(make(DType::float32(), {1, kInf, kNan}), e);
    QVERIFY(!nan->agrees);
    QCOMPARE(nan->firstMismatch, 2);
    QVERIFY(std::isnan(nan->maxAbsDiff));

    const auto bothNan = compare(make(DType::float32(), {kNan}), make(DType::float32(), {kNan}));
    QVERIFY(!bothNan->agrees);
}

void tst_TensorMetrics::mismatchedTensorsAreErrors()
{
    const TensorValue f = make(DType::float32(), {1, 2, 3, 4}, {1, 4});
    const auto dtype = compare(f, make(DType::int32(), {1, 2, 3, 4}, {1, 4}));
    QVERIFY(!dtype);
    QCOMPARE(dtype.error().code, ErrorCode::DTypeMismatch);
    QVERIFY(dtype.error().message.contains(QStringLiteral("float32")));
    QVERIFY(dtype.error().message.contains(QStringLiteral("int32")));

    const auto shape = compare(f, make(DType::float32(), {1, 2, 3, 4}, {2, 2}));
    QVERIFY(!shape);
    QCOMPARE(shape.error().code, ErrorCode::ShapeMismatch);
    QVERIFY(shape.error().message.contains(QStringLiteral("[1, 4]")));
    QVERIFY(shape.error().message.contains(QStringLiteral("[2, 2]")));

    // [1, 4] and [4] hold the same values.
    const auto squeezed = compare(f, make(DType::float32(), {1, 2, 3, 4}));
    QVERIFY(squeezed);
    QVERIFY(squeezed->agrees);

    const auto bfloat = TensorValue::zeros(DType(DTypeCode::UInt, 1, 4), {2});
    QVERIFY(bfloat);
    const auto unreadable = compare(*bfloat, *bfloat);
    QVERIFY(!unreadable);
    QCOMPARE(unreadable.error().code, ErrorCode::UnsupportedDType);
}

void tst_TensorMetrics::argmaxAndTopK()
{
    const TensorValue t = make(DType::float32(), {0.1, 0.7, 0.05, 0.7, 0.15});
    QCOMPARE(*argmax(t), 1); // first of the tied maxima, as numpy.argmax
    const auto top = topK(t, 3);
    QVERIFY(top);
    QCOMPARE(top->size(), 3);
    QCOMPARE(top->at(0).index, 1);
    QCOMPARE(top->at(1).index, 3);
    QCOMPARE(top->at(2).index, 4);
    QCOMPARE(top->at(2).value, double(0.15f));
    QCOMPARE(topK(t, 100)->size(), 5);
    QCOMPARE(topK(t, 0)->size(), 0);
    QVERIFY(!topK(t, -1));

    const TensorValue withNan = make(DType::float32(), {1, kNan, 3});
    QCOMPARE(*argmax(withNan), 1);
    QCOMPARE(topK(withNan, 3)->at(0).index, 2);
    QCOMPARE(topK(withNan, 3)->at(2).index, 1);

    const TensorValue ints = make(DType::int8(), {-5, -1, -100});
    QCOMPARE(*argmax(ints), 1);

    const auto empty = TensorValue::zeros(DType::float32(), {0});
    const auto noMax = argmax(*empty);
    QVERIFY(!noMax);
    QCOMPARE(noMax.error().code, ErrorCode::InvalidArgument);
}

void tst_TensorMetrics::dequantizeAndQuantize()
{
    const TensorValue q = make(DType::int8(), {-128, 0, 17, 127}, {1, 4});
    const auto real = dequantize(q, QuantParams{0.5, 17});
    QVERIFY(real);
    QCOMPARE(real->dtype(), DType::float32());
    QCOMPARE(real->shape(), q.shape());
    QCOMPARE(real->toDoubles(), (QList<double>{-72.5, -8.5, 0.0, 55.0}));

    const auto back = quantize(*real, DType::int8(), QuantParams{0.5, 17});
    QVERIFY(back);
    QCOMPARE(*back, q);

    // Round half to even (numpy.round) and saturation.
    const TensorValue halves = make(DType::float32(), {0.5, 1.5, 2.5, -0.5, 1000, -1000});
    const auto rounded = quantize(halves, DType::int8(), QuantParams{1.0, 0});
    QCOMPARE(rounded->toDoubles(), (QList<double>{0, 2, 2, 0, 127, -128}));

    QCOMPARE(dequantize(q, QuantParams{0.0, 0}).error().code, ErrorCode::InvalidValue);
    QCOMPARE(dequantize(q, QuantParams{kNan, 0}).error().code, ErrorCode::InvalidValue);
    QCOMPARE(dequantize(halves, QuantParams{1.0, 0}).error().code, ErrorCode::DTypeMismatch);
    QCOMPARE(quantize(q, DType::int8(), QuantParams{1.0, 0}).error().code, ErrorCode::DTypeMismatch);
    QCOMPARE(quantize(halves, DType::float32(), QuantParams{1.0, 0}).error().code,
             ErrorCode::UnsupportedDType);
}

void tst_TensorMetrics::int8SampleAgreesWithFloatModel()
{
    // The bundled int8 model's expected logits, dequantized with the sidecar's parameters, pick
    // the same digit as the float32 model's probabilities: what the results view relies on.
    const QJsonObject quant = readJson(kSamples + "digits_int8.quant.json");
    const QJsonObject output = quant.value(QStringLiteral("outputs"))
                                   .toObject()
                                   .value(QStringLiteral("output"))
                                   .toObject();
    QVERIFY(!output.isEmpty());
    const QuantParams params{output.value(QStringLiteral("scale")).toDouble(),
                             output.value(QStringLiteral("zero_point")).toInteger()};
    const QJsonObject labels = readJson(kSamples + "inputs/labels.json");
    QVERIFY(labels.size() >= 5);
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        const auto logits8 = readNpyFile(kSamples + "expected/int8/" + it.key());
        QVERIFY(logits8);
        const auto logits = dequantize(*logits8, params);
        QVERIFY(logits);
        const auto probabilities = readNpyFile(kSamples + "expected/float32/" + it.key());
        QVERIFY(probabilities);
        const qint64 label = it.value().toObject().value(QStringLiteral("label")).toInteger();
        QCOMPARE(*argmax(*logits), label);
        QCOMPARE(*argmax(*probabilities), label);
        QCOMPARE(topK(*logits, 1)->at(0).index, label);

        const auto input8 = readNpyFile(kSamples + "inputs/int8/" + it.key());
        const auto input = readNpyFile(kSamples + "inputs/float32/" + it.key());
        QVERIFY(input8 && input);
        const QJsonObject in = quant.value(QStringLiteral("inputs")).toObject().begin()->toObject();
        const auto quantized
            = quantize(*input,
                       DType::int8(),
                       QuantParams{in.value(QStringLiteral("scale")).toDouble(),
                                   in.value(QStringLiteral("zero_point")).toInteger()});
        QVERIFY(quantized);
        QCOMPARE(*quantized, *input8);
    }
}

QTEST_GUILESS_MAIN(tst_TensorMetrics)
#include "tst_tensormetrics.moc"
