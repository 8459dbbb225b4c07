#include "tensor/npy.h"
#include "tensor/npz.h"
#include "tensor/rawtensor.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <cmath>

using namespace TinyDeploy;
using namespace TinyDeploy::Tensor;

Q_DECLARE_METATYPE(TinyDeploy::ErrorCode)

namespace {

const QString kData = QStringLiteral(TINYDEPLOY_TESTS_DIR "/auto/npy/data/");
const QString kSamples = QStringLiteral(TINYDEPLOY_SOURCE_DIR "/resources/samples/");

// Builds .npy bytes around a header dict the way numpy pads it (64-byte alignment).
QByteArray npy(const QByteArray &dict, const QByteArray &data, int major = 1)
{
    const int lengthBytes = major == 1 ? 2 : 4;
    QByteArray header = dict;
    const qsizetype unpadded = 6 + 2 + lengthBytes + header.size() + 1;
    header += QByteArray((64 - unpadded % 64) % 64, ' ') + '\n';
    QByteArray out("\x93NUMPY");
    out += char(major);
    out += char(0);
    char length[4];
    qToLittleEndian<quint32>(quint32(header.size()), length);
    out.append(length, lengthBytes);
    return out + header + data;
}

QByteArray floats(std::initializer_list<float> values)
{
    QByteArray out;
    for (const float v : values) {
        char bytes[4];
        qToLittleEndian<float>(v, bytes);
        out.append(bytes, 4);
    }
    return out;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

const QByteArray kF4Dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (3,), }";

} // namespace

class tst_Npy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parse_data();
    void parse();
    void errorsNameTheFileAndField();
    void everyDtype_data();
    void everyDtype();
    void bigEndianIsRejected_data();
    void bigEndianIsRejected();
    void fortranOrderIsTransposed_data();
    void fortranOrderIsTransposed();
    void unsupportedKinds_data();
    void unsupportedKinds();
    void formatVersions_data();
    void formatVersions();
    void scalarAndEmpty();
    void writeMatchesNumpy_data();
    void writeMatchesNumpy();
    void writeFileRoundTrip();
    void npz_data();
    void npz();
    void npzErrors_data();
    void npzErrors();
    void raw();
    void missingFile();
    void sampleInputs_data();
    void sampleInputs();
};

void tst_Npy::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFile::exists(kData + QStringLiteral("dtype_f4.npy")), qPrintable(kData));
}

void tst_Npy::parse_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("messagePart");

    const QByteArray good = npy(kF4Dict, floats({1, 2, 3}));
    QTest::newRow("valid") << good << true << ErrorCode::Internal << QString();
    QTest::newRow("garbage") << QByteArray("hello, this is not numpy at all") << false
                             << ErrorCode::InvalidNpy << "signature";
    QTest::newRow("empty") << QByteArray() << false << ErrorCode::InvalidNpy << "empty";
    QTest::newRow("incomplete magic")
        << QByteArray("\x93NUM") << false << ErrorCode::InvalidNpy << "signature";
    QTest::newRow("incomplete version")
        << QByteArray("\x93NUMPY\x01") << false << ErrorCode::InvalidNpy << "version";
    QTest::newRow("incomplete header length") << QByteArray("\x93NUMPY\x01\x00\x76", 9) << false
                                              << ErrorCode::InvalidNpy << "header length";
    QTest::newRow("incomplete header")
        << good.left(40) << false << ErrorCode::InvalidNpy << "truncated";
    QTest::newRow("completing: header only, data missing")
        << good.left(good.size() - 12) << false << ErrorCode::InvalidNpy << "truncated";
    QTest::newRow("truncated data")
        << good.chopped(1) << false << ErrorCode::InvalidNpy << "needs 12 bytes";
    QTest::newRow("trailing data") << good + QByteArray("\0", 1) << false << ErrorCode::InvalidNpy
                                   << "1 bytes of unexpected data";
    QTest::newRow("two arrays concatenated")
        << good + good << false << ErrorCode::InvalidNpy << "unexpected data";
    {
        QByteArray oversize("\x93NUMPY\x02\x00", 8);
        char length[4];
        qToLittleEndian<quint32>(0x00100000u, length);
        oversize.append(length, 4);
        oversize += kF4Dict;
        QTest::newRow("oversize header")
            << oversize << false << ErrorCode::LimitExceeded << "1048576 bytes";
    }
    {
        const QByteArray dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (1"
                                + QByteArray(40, '0') + ",), }";
        QTest::newRow("oversize dimension")
            << npy(dict, {}) << false << ErrorCode::InvalidNpy << "fits 64 bits";
        const QByteArray huge = "{'descr': '<f4', 'fortran_order': False, "
                                "'shape': (1000000, 1000000, 1000000), }";
        QTest::newRow("oversize data")
            << npy(huge, {}) << false << ErrorCode::LimitExceeded << "larger than";
    }
    {
        QByteArray dict = kF4Dict;
        dict.replace("descr", "d\x01scr");
        QTest::newRow("bad charset: control character")
            << npy(dict, floats({1, 2, 3})) << false << ErrorCode::InvalidNpy << "U+0001";
        dict = kF4Dict;
        dict.replace("descr", "d\xe9scr");
        QTest::newRow("bad charset: latin-1 in a v1 header")
            << npy(dict, floats({1, 2, 3})) << false << ErrorCode::InvalidNpy << "U+00e9";
        QTest::newRow("bad charset: invalid UTF-8 in a v3 header")
            << npy(dict, floats({1, 2, 3}), 3) << false << ErrorCode::InvalidNpy << "UTF-8";
    }
    QTest::newRow("unsupported version 4.0")
        << QByteArray("\x93NUMPY\x04\x00\x10\x00", 10) + QByteArray(16, ' ') << false
        << ErrorCode::UnsupportedVersion << "4.0";
    QTest::newRow("header is not a dict")
        << npy("['descr', 'shape']", {}) << false << ErrorCode::InvalidNpy << "not a dictionary";
    QTest::newRow("header unterminated")
        << npy("{'descr': '<f4', 'fortran_order': False, 'shape': (3,", floats({1, 2, 3})) << false
        << ErrorCode::InvalidNpy << "ends in the middle";
    QTest::newRow("string unterminated")
        << npy("{'descr: '<f4", {}) << false << ErrorCode::InvalidNpy << "Unexpected character";
    QTest::newRow("text after the dict") << npy(kF4Dict + " 42", floats({1, 2, 3})) << false
                                         << ErrorCode::InvalidNpy << "after the header";
    QTest::newRow("missing shape") << npy("{'descr': '<f4', 'fortran_order': False}", {}) << false
                                   << ErrorCode::MissingField << "'shape'";
    QTest::newRow("unknown key") << npy(
        "{'descr': '<f4', 'fortran_order': False, 'shape': (), 'extra': 1}", floats({1}))
                                 << false << ErrorCode::InvalidNpy << "'extra'";
    QTest::newRow("duplicate key")
        << npy("{'descr': '<f4', 'descr': '<f4', 'fortran_order': False, 'shape': ()}", floats({1}))
        << false << ErrorCode::InvalidNpy << "twice";
    QTest::newRow("fortran_order not a bool")
        << npy("{'descr': '<f4', 'fortran_order': 0, 'shape': (3,)}", floats({1, 2, 3})) << false
        << ErrorCode::WrongFieldType << "boolean";
    QTest::newRow("shape not a tuple")
        << npy("{'descr': '<f4', 'fortran_order': False, 'shape': 3}", floats({1, 2, 3})) << false
        << ErrorCode::WrongFieldType << "tuple";
    QTest::newRow("negative dimension")
        << npy("{'descr': '<f4', 'fortran_order': False, 'shape': (-3,)}", {}) << false
        << ErrorCode::InvalidValue << "non-negative";
    QTest::newRow("deep nesting") << npy("{'descr': " + QByteArray(100, '(') + "}", {}) << false
                                  << ErrorCode::InvalidNpy << "nested too deeply";
    QTest::newRow("unknown word") << npy("{'descr': '<f4', 'fortran_order': Maybe, 'shape': (3,)}",
                                         floats({1, 2, 3}))
                                  << false << ErrorCode::InvalidNpy << "Maybe";
    QTest::newRow("zip instead of npy")
        << QByteArray("PK\x03\x04 rest of a zip") << false << ErrorCode::InvalidNpy << ".npz";
    QTest::newRow("python 2 long dimensions")
        << npy("{'descr': '<f4', 'fortran_order': False, 'shape': (3L,), }", floats({1, 2, 3}))
        << true << ErrorCode::Internal << QString();
    QTest::newRow("double-quoted strings, no trailing comma")
        << npy("{\"descr\": \"<f4\", \"fortran_order\": False, \"shape\": (3,)}", floats({1, 2, 3}))
        << true << ErrorCode::Internal << QString();
}

void tst_Npy::parse()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    QFETCH(ErrorCode, code);
    QFETCH(QString, messagePart);

    const Result<TinyDeploy::Tensor::Tensor> tensor = readNpy(bytes, QStringLiteral("in.npy"));
    QCOMPARE(tensor.has_value(), valid);
    if (valid) {
        QCOMPARE(tensor->dtype(), DType::float32());
        QCOMPARE(tensor->shape(), QList<qint64>{3});
        QCOMPARE(tensor->toDoubles(), (QList<double>{1, 2, 3}));
        return;
    }
    QCOMPARE(errorCodeName(tensor.error().code), errorCodeName(code));
    QVERIFY2(tensor.error().message.contains(messagePart, Qt::CaseInsensitive),
             qPrintable(tensor.error().message));
    QVERIFY2(tensor.error().location.startsWith(QStringLiteral("in.npy")),
             qPrintable(tensor.error().location));
}

void tst_Npy::errorsNameTheFileAndField()
{
    const auto tensor = readNpy(npy("{'descr': '<f4', 'fortran_order': False, 'shape': 3}", {}),
                                QStringLiteral("/tmp/x.npy"));
    QVERIFY(!tensor);
    QCOMPARE(tensor.error().location, QStringLiteral("/tmp/x.npy: header field 'shape'"));
    QVERIFY(!tensor.error().hint.isEmpty());

    const auto noSource = readNpy(QByteArray("junk"));
    QVERIFY(!noSource);
    QVERIFY(!noSource.error().location.isEmpty());
    QVERIFY(noSource.error().details.contains(QStringLiteral("6a 75 6e 6b")));
}

void tst_Npy::everyDtype_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("dtype");
    QTest::addColumn<QList<double>>("values");

    const QList<double> floatValues{-1.5, 0, 0.25, 1, 2.5, 100};
    QTest::newRow("float16") << "dtype_f2.npy"
                             << "float16" << floatValues;
    QTest::newRow("float32") << "dtype_f4.npy"
                             << "float32" << floatValues;
    QTest::newRow("float64") << "dtype_f8.npy"
                             << "float64" << QList<double>{-1.5, 0, 0.25, 1, 2.5, 1e300};
    QTest::newRow("int8") << "dtype_i1.npy"
                          << "int8" << QList<double>{-128, -1, 0, 1, 2, 127};
    QTest::newRow("int16") << "dtype_i2.npy"
                           << "int16" << QList<double>{-32768, -1, 0, 1, 2, 32767};
    QTest::newRow("int32") << "dtype_i4.npy"
                           << "int32" << QList<double>{-2147483648.0, -1, 0, 1, 2, 2147483647.0};
    QTest::newRow("int64") << "dtype_i8.npy"
                           << "int64"
                           << QList<double>{-std::ldexp(1.0, 40), -1, 0, 1, 2, std::ldexp(1.0, 40)};
    QTest::newRow("uint8") << "dtype_u1.npy"
                           << "uint8" << QList<double>{0, 1, 2, 3, 128, 255};
    QTest::newRow("uint16") << "dtype_u2.npy"
                            << "uint16" << QList<double>{0, 1, 2, 3, 256, 65535};
    QTest::newRow("uint32") << "dtype_u4.npy"
                            << "uint32" << QList<double>{0, 1, 2, 3, 65536, 4294967295.0};
    QTest::newRow("uint64") << "dtype_u8.npy"
                            << "uint64"
                            << QList<double>{0, 1, 2, 3, std::ldexp(1.0, 40), std::ldexp(1.0, 50)};
    QTest::newRow("bool") << "dtype_b1.npy"
                          << "bool" << QList<double>{1, 0, 0, 1, 1, 0};
}

void tst_Npy::everyDtype()
{
    QFETCH(QString, file);
    QFETCH(QString, dtype);
    QFETCH(QList<double>, values);

    const auto tensor = readNpyFile(kData + file);
    QVERIFY2(tensor, qPrintable(tensor ? QString() : tensor.error().fullText()));
    QCOMPARE(tensor->dtype().name(), dtype);
    QCOMPARE(tensor->shape(), (QList<qint64>{2, 3}));
    QCOMPARE(tensor->toDoubles(), values);
}

void tst_Npy::bigEndianIsRejected_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow(">f4") << "bigendian_f4.npy";
    QTest::newRow(">i4") << "bigendian_i4.npy";
}

void tst_Npy::bigEndianIsRejected()
{
    QFETCH(QString, file);
    const auto tensor = readNpyFile(kData + file);
    QVERIFY(!tensor);
    QCOMPARE(tensor.error().code, ErrorCode::UnsupportedDType);
    QVERIFY(tensor.error().message.contains(QStringLiteral("big-endian")));
    QVERIFY(tensor.error().location.endsWith(QStringLiteral("header field 'descr'")));
    QVERIFY(tensor.error().hint.contains(QStringLiteral("newbyteorder")));

    // A single-byte type has no byte order, so '>' is harmless there.
    const auto oneByte = readNpy(
        npy("{'descr': '>i1', 'fortran_order': False, 'shape': (2,), }", QByteArray("\x01\xff")));
    QVERIFY(oneByte);
    QCOMPARE(oneByte->toDoubles(), (QList<double>{1, -1}));
}

void tst_Npy::fortranOrderIsTransposed_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QList<qint64>>("shape");
    QTest::addColumn<int>("count");
    QTest::newRow("int32 2x3") << "fortran_i4_2x3.npy" << QList<qint64>{2, 3} << 6;
    QTest::newRow("float32 2x3x4") << "fortran_f4_2x3x4.npy" << QList<qint64>{2, 3, 4} << 24;
}

void tst_Npy::fortranOrderIsTransposed()
{
    QFETCH(QString, file);
    QFETCH(QList<qint64>, shape);
    QFETCH(int, count);
    // The fixtures hold np.arange(count).reshape(shape) stored in Fortran order.
    const auto tensor = readNpyFile(kData + file);
    QVERIFY(tensor);
    QCOMPARE(tensor->shape(), shape);
    QList<double> expected;
    for (int i = 0; i < count; ++i)
        expected << i;
    QCOMPARE(tensor->toDoubles(), expected);
}

void tst_Npy::unsupportedKinds_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("object (pickle)") << "object.npy"
                                     << "Python objects";
    QTest::newRow("structured") << "structured.npy"
                                << "structured";
    QTest::newRow("complex") << "complex.npy"
                             << "complex";
    QTest::newRow("unicode strings") << "unicode.npy"
                                     << "strings";
}

void tst_Npy::unsupportedKinds()
{
    QFETCH(QString, file);
    QFETCH(QString, messagePart);
    const auto tensor = readNpyFile(kData + file);
    QVERIFY(!tensor);
    QCOMPARE(tensor.error().code, ErrorCode::UnsupportedDType);
    QVERIFY2(tensor.error().message.contains(messagePart), qPrintable(tensor.error().message));
    QVERIFY(tensor.error().location.startsWith(kData + file));
}

void tst_Npy::formatVersions_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("2.0") << "version2_i2.npy";
    QTest::newRow("3.0") << "version3_i2.npy";
}

void tst_Npy::formatVersions()
{
    QFETCH(QString, file);
    const auto tensor = readNpyFile(kData + file);
    QVERIFY(tensor);
    QCOMPARE(tensor->dtype().name(), QStringLiteral("int16"));
    QCOMPARE(tensor->toDoubles(), (QList<double>{1, -2, 3, -4}));
}

void tst_Npy::scalarAndEmpty()
{
    const auto scalar = readNpyFile(kData + QStringLiteral("scalar_f4.npy"));
    QVERIFY(scalar);
    QVERIFY(scalar->shape().isEmpty());
    QCOMPARE(scalar->elementCount(), 1);
    QCOMPARE(scalar->valueAt(0), 3.5);

    const auto empty = readNpyFile(kData + QStringLiteral("empty_f4_0x3.npy"));
    QVERIFY(empty);
    QCOMPARE(empty->shape(), (QList<qint64>{0, 3}));
    QCOMPARE(empty->elementCount(), 0);
    QCOMPARE(empty->byteSize(), 0);
}

void tst_Npy::writeMatchesNumpy_data()
{
    QTest::addColumn<QString>("path");
    for (const char *name : {"dtype_f2.npy",
                             "dtype_f4.npy",
                             "dtype_i1.npy",
                             "dtype_u8.npy",
                             "dtype_b1.npy",
                             "scalar_f4.npy",
                             "empty_f4_0x3.npy"}) {
        QTest::newRow(name) << kData + QLatin1String(name);
    }
    QTest::newRow("sample input float32") << kSamples + "inputs/float32/sample_0.npy";
    QTest::newRow("sample input int8") << kSamples + "inputs/int8/sample_0.npy";
    QTest::newRow("sample expected int8") << kSamples + "expected/int8/sample_0.npy";
}

void tst_Npy::writeMatchesNumpy()
{
    QFETCH(QString, path);
    const QByteArray original = readFile(path);
    QVERIFY(!original.isEmpty());
    const auto tensor = readNpy(original, path);
    QVERIFY(tensor);
    const auto written = writeNpy(*tensor);
    QVERIFY(written);
    // Byte-identical to numpy.save, so files we write open anywhere numpy's do.
    QCOMPARE(*written, original);
}

void tst_Npy::writeFileRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto tensor = TinyDeploy::Tensor::Tensor::fromValues(DType::int32(),
                                                               {2, 2},
                                                               {1, -2, 3, 2147483647});
    QVERIFY(tensor);
    const QString path = dir.filePath(QStringLiteral("out.npy"));
    QVERIFY(writeNpyFile(*tensor, path));
    const auto back = readNpyFile(path);
    QVERIFY(back);
    QCOMPARE(*back, *tensor);

    const auto bfloat = TinyDeploy::Tensor::Tensor::zeros(DType(DTypeCode::BFloat, 16), {2});
    QVERIFY(bfloat);
    const auto refused = writeNpyFile(*bfloat, dir.filePath(QStringLiteral("bf.npy")));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::UnsupportedDType);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("bf.npy"))));

    const auto noDir = writeNpyFile(*tensor, dir.filePath(QStringLiteral("missing/out.npy")));
    QVERIFY(!noDir);
    QCOMPARE(noDir.error().code, ErrorCode::Io);
}

void tst_Npy::npz_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("savez") << "arrays.npz";
    QTest::newRow("savez_compressed") << "arrays_compressed.npz";
}

void tst_Npy::npz()
{
    QFETCH(QString, file);
    const auto arrays = readNpzFile(kData + file);
    QVERIFY2(arrays, qPrintable(arrays ? QString() : arrays.error().fullText()));
    QCOMPARE(arrays->size(), 2);
    QCOMPARE(arrays->at(0).name, QStringLiteral("x"));
    QCOMPARE(arrays->at(0).tensor.shape(), (QList<qint64>{2, 2}));
    QCOMPARE(arrays->at(0).tensor.toDoubles(), (QList<double>{0, 1, 2, 3}));
    QCOMPARE(arrays->at(1).name, QStringLiteral("label"));
    QCOMPARE(arrays->at(1).tensor.dtype().name(), QStringLiteral("int64"));
    QCOMPARE(arrays->at(1).tensor.toDoubles(), (QList<double>{7}));
}

void tst_Npy::npzErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("messagePart");

    const QByteArray zip = readFile(kData + QStringLiteral("arrays.npz"));
    QTest::newRow("empty") << QByteArray() << ErrorCode::InvalidNpy << "empty";
    QTest::newRow("garbage") << QByteArray("garbage garbage") << ErrorCode::InvalidNpy
                             << "not a zip";
    QTest::newRow("npy instead of npz")
        << npy(kF4Dict, floats({1, 2, 3})) << ErrorCode::InvalidNpy << "single .npy";
    QTest::newRow("truncated") << zip.left(zip.size() / 2) << ErrorCode::ArchiveCorrupt << "";
    QTest::newRow("bad member") << readFile(kData + QStringLiteral("bad_member.npz"))
                                << ErrorCode::UnsupportedDType << "big-endian";
}

void tst_Npy::npzErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(ErrorCode, code);
    QFETCH(QString, messagePart);
    const auto arrays = readNpz(bytes, QStringLiteral("in.npz"));
    QVERIFY(!arrays);
    QCOMPARE(errorCodeName(arrays.error().code), errorCodeName(code));
    QVERIFY2(arrays.error().message.contains(messagePart), qPrintable(arrays.error().message));
    QVERIFY2(arrays.error().location.startsWith(QStringLiteral("in.npz")),
             qPrintable(arrays.error().location));
}

void tst_Npy::raw()
{
    const QByteArray bytes = floats({1, 2, 3, 4});
    const auto tensor = readRaw(bytes, DType::float32(), {2, 2}, QStringLiteral("in.bin"));
    QVERIFY(tensor);
    QCOMPARE(tensor->toDoubles(), (QList<double>{1, 2, 3, 4}));

    const auto shortInput = readRaw(bytes.chopped(1),
                                    DType::float32(),
                                    {2, 2},
                                    QStringLiteral("in.bin"));
    QVERIFY(!shortInput);
    QCOMPARE(shortInput.error().code, ErrorCode::SizeMismatch);
    QCOMPARE(shortInput.error().location, QStringLiteral("in.bin"));
    QVERIFY(shortInput.error().message.contains(QStringLiteral("15 bytes")));
    QVERIFY(shortInput.error().message.contains(QStringLiteral("16 bytes")));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("image.bin"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(64, '\x7f'));
    file.close();
    const auto image = readRawFile(path, DType::int8(), {1, 8, 8, 1});
    QVERIFY(image);
    QCOMPARE(image->valueAt(63), 127.0);
    const auto wrongShape = readRawFile(path, DType::float32(), {1, 8, 8, 1});
    QVERIFY(!wrongShape);
    QCOMPARE(wrongShape.error().code, ErrorCode::SizeMismatch);
    QCOMPARE(wrongShape.error().location, path);
    QVERIFY(wrongShape.error().message.contains(QStringLiteral("256 bytes")));
}

void tst_Npy::missingFile()
{
    const auto npyFile = readNpyFile(QStringLiteral("/nonexistent/x.npy"));
    QVERIFY(!npyFile);
    QCOMPARE(npyFile.error().code, ErrorCode::NotFound);
    QCOMPARE(npyFile.error().location, QStringLiteral("/nonexistent/x.npy"));
    const auto npzFile = readNpzFile(QStringLiteral("/nonexistent/x.npz"));
    QVERIFY(!npzFile);
    QCOMPARE(npzFile.error().code, ErrorCode::NotFound);
}

void tst_Npy::sampleInputs_data()
{
    QTest::addColumn<QString>("name");
    const QJsonObject labels = QJsonDocument::fromJson(readFile(kSamples + "inputs/labels.json"))
                                   .object();
    QVERIFY(labels.size() >= 5);
    for (auto it = labels.begin(); it != labels.end(); ++it)
        QTest::newRow(qPrintable(it.key())) << it.key();
}

void tst_Npy::sampleInputs()
{
    QFETCH(QString, name);
    const int label = QJsonDocument::fromJson(readFile(kSamples + "inputs/labels.json"))
                          .object()
                          .value(name)
                          .toObject()
                          .value(QStringLiteral("label"))
                          .toInt(-1);
    QVERIFY(label >= 0 && label <= 9);

    const auto input = readNpyFile(kSamples + "inputs/float32/" + name);
    QVERIFY(input);
    QCOMPARE(input->dtype(), DType::float32());
    QCOMPARE(input->shape(), (QList<qint64>{1, 8, 8, 1}));
    for (const double v : input->toDoubles())
        QVERIFY(v >= 0.0 && v <= 1.0);

    const auto input8 = readNpyFile(kSamples + "inputs/int8/" + name);
    QVERIFY(input8);
    QCOMPARE(input8->dtype(), DType::int8());
    QCOMPARE(input8->shape(), (QList<qint64>{1, 8, 8, 1}));
    QCOMPARE(input8->byteSize(), 64);

    // The expected outputs classify the sample correctly.
    const auto expected = readNpyFile(kSamples + "expected/float32/" + name);
    QVERIFY(expected);
    QCOMPARE(expected->shape(), (QList<qint64>{1, 10}));
    double sum = 0;
    int best = 0;
    const QList<double> probabilities = expected->toDoubles();
    for (int i = 0; i < probabilities.size(); ++i) {
        sum += probabilities.at(i);
        if (probabilities.at(i) > probabilities.at(best))
            best = i;
    }
    QVERIFY(std::abs(sum - 1.0) < 1e-5);
    QCOMPARE(best, label);

    const auto expected8 = readNpyFile(kSamples + "expected/int8/" + name);
    QVERIFY(expected8);
    QCOMPARE(expected8->dtype(), DType::int8());
    QCOMPARE(expected8->shape(), (QList<qint64>{1, 10}));
}

QTEST_GUILESS_MAIN(tst_Npy)
#include "tst_npy.moc"
