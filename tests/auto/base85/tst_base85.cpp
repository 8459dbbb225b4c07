#include <projectapi/base85.h>

#include <QStandardPaths>
#include <QTest>

using namespace TinyDeploy;
using namespace TinyDeploy::ProjectApi;

class tst_Base85 : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void specVectors_data();
    void specVectors();
    void roundTripEveryLength();
    void matchesPythonOnALongInput();
    void invalid_data();
    void invalid();
    void paddedTailDecodesLikePython();
};

void tst_Base85::specVectors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("text");
    // Spec 2.6, computed with CPython 3.11 base64.b85encode.
    QTest::newRow("ff fd") << QByteArray::fromHex("fffd") << QByteArray("|NQ");
    QTest::newRow("13 cd") << QByteArray::fromHex("13cd") << QByteArray("6U_");
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("00") << QByteArray::fromHex("00") << QByteArray("00");
    QTest::newRow("00 00 00 00") << QByteArray::fromHex("00000000") << QByteArray("00000");
    QTest::newRow("ff ff ff ff") << QByteArray::fromHex("ffffffff") << QByteArray("|NsC0");
    QTest::newRow("foo\\x1b") << QByteArray::fromHex("666f6f1b") << QByteArray("W^ZpB");
    QTest::newRow("00..07") << QByteArray::fromHex("0001020304050607") << QByteArray("009C61O)~M");
    QTest::newRow("host CRT start")
        << QByteArray::fromHex("fefffd0300000000") << QByteArray("{{Q_000000");
}

void tst_Base85::specVectors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, text);
    QCOMPARE(Base85::encode(bytes), text);
    const auto decoded = Base85::decode(text);
    QVERIFY2(decoded, qPrintable(decoded ? QString() : decoded.error().message));
    QCOMPARE(*decoded, bytes);
}

void tst_Base85::roundTripEveryLength()
{
    for (int length = 0; length <= 64; ++length) {
        QByteArray bytes(length, Qt::Uninitialized);
        for (int i = 0; i < length; ++i)
            bytes[i] = char((i * 97 + length * 31 + 0xA5) & 0xff);
        const QByteArray text = Base85::encode(bytes);
        QCOMPARE(text.size(), Base85::encodedLength(length));
        QCOMPARE(text.size(), 5 * (length / 4) + (length % 4 ? length % 4 + 1 : 0));
        const auto back = Base85::decode(text);
        QVERIFY(back);
        QCOMPARE(*back, bytes);
    }
}

void tst_Base85::matchesPythonOnALongInput()
{
    QByteArray bytes;
    for (int i = 0; i < 64; ++i)
        bytes.append(char(i));
    // python3 -c 'import base64; print(base64.b85encode(bytes(range(64))).decode())'
    const QByteArray python
        = "009C61O)~M2nh-c3=Iws5D^j+6crX17#SKH9337XAR!_nBqb&%C@Cr{EG;fCFflSSG&MF"
          "iI5|2yJUu=?";
    QCOMPARE(Base85::encode(bytes), python);
    QCOMPARE(Base85::decode(python).value_or("error"), bytes);
}

void tst_Base85::invalid_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("where");
    // Each rejected by CPython's b85decode too (checked with Python 3.11).
    QTest::newRow("space") << QByteArray("00 00") << "offset 2";
    QTest::newRow("double quote") << QByteArray("abc\"") << "offset 3";
    QTest::newRow("non-ascii") << QByteArray("00\xc3\xa9") << "offset 2";
    QTest::newRow("nul") << QByteArray("000\0", 4) << "offset 3";
    QTest::newRow("group overflow") << QByteArray("|NsC1") << "offset 0";
    QTest::newRow("all tildes") << QByteArray("~~~~~") << "offset 0";
    QTest::newRow("padded overflow") << QByteArray("|NsD") << "offset 0";
    QTest::newRow("single tilde") << QByteArray("~") << "offset 0";
    QTest::newRow("second group") << QByteArray("00000~") << "offset 5";
}

void tst_Base85::invalid()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, where);
    const auto decoded = Base85::decode(text);
    QVERIFY(!decoded);
    QCOMPARE(decoded.error().code, ErrorCode::InvalidValue);
    QVERIFY2(decoded.error().message.contains(where), qPrintable(decoded.error().message));
}

void tst_Base85::paddedTailDecodesLikePython()
{
    // b85decode(b"0") == b"" and b85decode(b"{{Q_0000") == fe ff fd 03 00 00 (CPython 3.11).
    QCOMPARE(Base85::decode("0").value_or("error"), QByteArray());
    QCOMPARE(Base85::decode("{{Q_0000").value_or("error"), QByteArray::fromHex("fefffd030000"));
}

QTEST_GUILESS_MAIN(tst_Base85)
#include "tst_base85.moc"
