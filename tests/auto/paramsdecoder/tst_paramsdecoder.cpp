#include <mlf/paramsdecoder.h>

#include <mlffixtures.h>

#include <fixtures/sharedsamples.h>

#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>
#include <QtEndian>

using namespace TinyDeploy;
using namespace TinyDeploy::Mlf;
using namespace TinyDeploy::Fixtures;

Q_DECLARE_METATYPE(TinyDeploy::ErrorCode)

namespace {

const QString matchSample = QStringLiteral(TINYDEPLOY_SHARED_DIR "/mlf-samples/match_v7_parts.tar");

QByteArray emptyDict()
{
    return encodeParams({});
}

QByteArray twoArrays()
{
    return encodeParams({{"p0", 2, 32, 1, {10}, {}}, {"weights", 0, 8, 1, {2, 3}, {}}});
}

void putU64(QByteArray &b, qsizetype at, quint64 v)
{
    qToLittleEndian(v, b.data() + at);
}

QString describe(const QList<ParamInfo> &params)
{
    QStringList parts;
    for (const ParamInfo &p : params) {
        QStringList dims;
        for (qint64 d : p.shape)
            dims << QString::number(d);
        parts << QString("%1:%2[%3]=%4").arg(p.name, p.dtype, dims.join(',')).arg(p.sizeBytes);
    }
    return parts.join(' ');
}

} // namespace

class tst_ParamsDecoder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void emptyDictIsZeroParams();
    void realMatchParams();
    void decodes_data();
    void decodes();
    void rejects_data();
    void rejects();
    void truncatedAtEveryPrefix();
    void byteByByteGivesTheSameResult();
    void randomChunksGiveTheSameResult();
    void skippingDataInsteadOfFeedingIt();
    void errorsAreSticky();
};

void tst_ParamsDecoder::emptyDictIsZeroParams()
{
    const QByteArray b = emptyDict();
    QCOMPARE(b.size(), 32);
    const auto params = decodeParams(b);
    QVERIFY(params.has_value());
    QVERIFY(params->isEmpty());
}

void tst_ParamsDecoder::realMatchParams()
{
    if (!QFileInfo::exists(matchSample))
        TINYDEPLOY_SKIP_WITHOUT_SHARED(
            "The shared MLF samples are not available beside the checkout.");
    const QByteArray b = readArchiveMember(matchSample, "default.params");
    QCOMPARE(b.size(), 269);
    const auto params = decodeParams(b, "default.params");
    QVERIFY2(params.has_value(), qPrintable(params ? QString() : params.error().fullText()));
    QCOMPARE(describe(*params),
             QString("tvmgen_default_match_main_0_const_0:int8[1,3,3,3]=27 "
                     "tvmgen_default_match_main_0_const_1:int32[1]=4"));
}

void tst_ParamsDecoder::decodes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("two arrays") << twoArrays() << "p0:float32[10]=40 weights:int8[2,3]=6";
    QTest::newRow("scalar") << encodeParams({{"s", 2, 64, 1, {}, {}}}) << "s:float64[]=8";
    QTest::newRow("zero-size dimension")
        << encodeParams({{"z", 1, 8, 1, {4, 0}, {}}}) << "z:uint8[4,0]=0";
    QTest::newRow("vector lanes") << encodeParams({{"v", 2, 32, 4, {2}, {}}})
                                  << "v:float32x4[2]=32";
    QTest::newRow("bool") << encodeParams({{"b", 1, 1, 1, {3}, {}}}) << "b:bool[3]=3";
    QTest::newRow("empty name") << encodeParams({{"", 0, 16, 1, {1}, {}}}) << ":int16[1]=2";
    QTest::newRow("utf-8 name") << encodeParams({{"gewicht_ä", 0, 8, 1, {1}, {}}})
                                << "gewicht_ä:int8[1]=1";
}

void tst_ParamsDecoder::decodes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const auto params = decodeParams(bytes);
    QVERIFY2(params.has_value(), qPrintable(params ? QString() : params.error().fullText()));
    QCOMPARE(describe(*params), expected);
}

void tst_ParamsDecoder::rejects_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("empty") << QByteArray() << ErrorCode::ParamsTruncated << "after 0 bytes";
    QTest::newRow("garbage") << QByteArray("this is not a params file at all!!")
                             << ErrorCode::BadParamsMagic
                             << "expected 0xF7E58D4F05049CB7, found 0x2073692073696874";
    QTest::newRow("bad charset: numpy file") << QByteArray("\x93NUMPY\x01\x00v\x00{'descr': '<f4'}"
                                                           "          \n",
                                                           36)
                                             << ErrorCode::BadParamsMagic << "found 0x";
    // The first array header: after the list header, the names "p0" and "weights" and the count.
    const qsizetype header = 24 + 8 + 2 + 8 + 7 + 8;
    QByteArray badArray = twoArrays();
    badArray[header] = char(badArray[header] ^ 0x55);
    QTest::newRow("bad array magic")
        << badArray << ErrorCode::BadParamsMagic << "expected 0xDD5E40F096B4A13F";
    QTest::newRow("trailing data")
        << twoArrays() + "x" << ErrorCode::InvalidValue << "after its last array";
    QTest::newRow("trailing data after empty dict")
        << emptyDict() + QByteArray(8, '\0') << ErrorCode::InvalidValue << "at byte 32";
    QByteArray countMismatch = twoArrays();
    putU64(countMismatch, 16, 1); // one name, two arrays
    QTest::newRow("name count differs")
        << countMismatch << ErrorCode::InvalidValue << "1 names but";
    QByteArray manyNames = emptyDict();
    putU64(manyNames, 16, quint64(1) << 40);
    QTest::newRow("oversize: name count") << manyNames << ErrorCode::LimitExceeded << "names";
    QByteArray longName = emptyDict().left(24);
    longName += QByteArray(8, '\0');
    putU64(longName, 16, 1);
    putU64(longName, 24, quint64(1) << 32);
    QTest::newRow("oversize: name length") << longName << ErrorCode::LimitExceeded << "bytes long";
    // Array header of "p0": magic, reserved, device type, device id, ndim at +24.
    QByteArray ndim = twoArrays();
    qToLittleEndian(qint32(1000), ndim.data() + header + 24);
    QTest::newRow("absurd ndim") << ndim << ErrorCode::InvalidValue << "dimensions";
    QByteArray negative = twoArrays();
    putU64(negative, header + 32, quint64(-5));
    QTest::newRow("negative dimension") << negative << ErrorCode::InvalidValue << "negative";
    QByteArray huge = twoArrays();
    putU64(huge, header + 32, quint64(1) << 50);
    QTest::newRow("oversize: array") << huge << ErrorCode::LimitExceeded << "larger than";
    QByteArray wrongSize = twoArrays();
    putU64(wrongSize, header + 40, 41);
    QTest::newRow("data size differs from shape")
        << wrongSize << ErrorCode::InvalidValue << "41 data bytes; 40 were expected";
    QByteArray zeroBits = twoArrays();
    zeroBits[header + 29] = 0;
    QTest::newRow("zero bits") << zeroBits << ErrorCode::InvalidValue << "dtype";
}

void tst_ParamsDecoder::rejects()
{
    QFETCH(QByteArray, bytes);
    QFETCH(ErrorCode, code);
    QFETCH(QString, mentions);
    const auto params = decodeParams(bytes, "parameters/default.params");
    QVERIFY(!params.has_value());
    QCOMPARE(errorCodeName(params.error().code), errorCodeName(code));
    QVERIFY2(params.error().message.contains(mentions), qPrintable(params.error().message));
    QCOMPARE(params.error().location, QString("parameters/default.params"));
    QVERIFY(!params.error().hint.isEmpty());
}

void tst_ParamsDecoder::truncatedAtEveryPrefix()
{
    QList<QByteArray> files{emptyDict(), twoArrays()};
    if (QFileInfo::exists(matchSample))
        files << readArchiveMember(matchSample, "default.params");
    for (const QByteArray &whole : std::as_const(files)) {
        for (qsizetype n = 0; n < whole.size(); ++n) {
            const auto params = decodeParams(whole.left(n));
            QVERIFY2(!params.has_value(), qPrintable(QString::number(n)));
            QCOMPARE(errorCodeName(params.error().code), errorCodeName(ErrorCode::ParamsTruncated));
            QVERIFY(params.error().message.contains(QString("after %1 bytes").arg(n)));
        }
        QVERIFY(decodeParams(whole).has_value());
    }
}

void tst_ParamsDecoder::byteByByteGivesTheSameResult()
{
    QList<QByteArray> files{emptyDict(), twoArrays()};
    if (QFileInfo::exists(matchSample))
        files << readArchiveMember(matchSample, "default.params");
    for (const QByteArray &whole : std::as_const(files)) {
        ParamsDecoder decoder;
        for (char c : whole)
            QVERIFY(decoder.feed(QByteArrayView(&c, 1)).has_value());
        QVERIFY(decoder.isComplete());
        QCOMPARE(decoder.offset(), whole.size());
        const auto params = decoder.finish();
        QVERIFY(params.has_value());
        QCOMPARE(describe(*params), describe(*decodeParams(whole)));
    }
}

void tst_ParamsDecoder::randomChunksGiveTheSameResult()
{
    const QByteArray whole = encodeParams(
        {{"a", 2, 32, 1, {100, 3}, {}}, {"b", 0, 8, 1, {7}, {}}, {"c", 1, 16, 1, {}, {}}});
    const QString expected = describe(*decodeParams(whole));
    QRandomGenerator random(42);
    for (int round = 0; round < 200; ++round) {
        ParamsDecoder decoder;
        qsizetype pos = 0;
        while (pos < whole.size()) {
            const qsizetype n = std::min<qsizetype>(random.bounded(1, 64), whole.size() - pos);
            QVERIFY(decoder.feed(QByteArrayView(whole).sliced(pos, n)).has_value());
            pos += n;
        }
        QCOMPARE(describe(*decoder.finish()), expected);
    }
}

void tst_ParamsDecoder::skippingDataInsteadOfFeedingIt()
{
    // A reader that skips the tensor data never holds it.
    const QByteArray whole = twoArrays();
    ParamsDecoder decoder;
    qsizetype pos = 0;
    qint64 skippedBytes = 0;
    while (pos < whole.size()) {
        if (const qint64 skip = decoder.bytesToSkip(); skip > 0) {
            QVERIFY(decoder.skipped(skip).has_value());
            pos += skip;
            skippedBytes += skip;
            continue;
        }
        QVERIFY(decoder.feed(QByteArrayView(whole).sliced(pos, 1)).has_value());
        ++pos;
    }
    QCOMPARE(skippedBytes, 40 + 6);
    QVERIFY(decoder.isComplete());
    QCOMPARE(describe(*decoder.finish()), describe(*decodeParams(whole)));
    QVERIFY(!ParamsDecoder().skipped(1).has_value()); // nothing to skip before the header
}

void tst_ParamsDecoder::errorsAreSticky()
{
    ParamsDecoder decoder;
    QVERIFY(!decoder.feed("not params at all, really not").has_value());
    const QByteArray valid = twoArrays();
    const auto again = decoder.feed(valid);
    QVERIFY(!again.has_value());
    QCOMPARE(again.error().code, ErrorCode::BadParamsMagic);
    QCOMPARE(decoder.finish().error().code, ErrorCode::BadParamsMagic);
}

QTEST_GUILESS_MAIN(tst_ParamsDecoder)
#include "tst_paramsdecoder.moc"
